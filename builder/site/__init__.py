"""Site stage: generated docs/ -> site/ with MkDocs; the only place that knows MkDocs.

* ``glue.py``      runs MkDocs (as a subprocess): full, incremental and live-reload builds,
                   swapped in atomically
* ``plugin.py``    the MkDocs plugin ``timeline``, run inside MkDocs (the one module that
                   imports it)
* ``pagehtml.py``  the fast Markdown converter for generated pages
* ``csp.py``       the Content-Security-Policy of every page
* ``search_worker.js``  the browser side of the search index (``builder.render.search_index``)
"""

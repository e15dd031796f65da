"""Common given names whose gender is clear (data for ``builder/extract/quotes/``): used
only to tell whether "he" or "she" may refer to a person, and that a name is a person's.
General knowledge (frequent names in English-language news, several languages); a name
not listed simply has no known gender. Lower case.
"""
from __future__ import annotations

MALE = set("""
aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan albert alberto alec
alejandro alex alexander alexandre alexei alexey alfonso alfred alfredo ali allen alonzo
alvin amir anders andre andrea andreas andrei andres andrew andy angel angelo anthony antoine
anton antonio archie ari arnold arthur arturo ashton austin barack barney barry bart ben
benjamin bennie benny bernard bernie bert bill billy blake bob bobby boris brad bradley
brandon brendan brent brett brian bruce bryan bryce buck bud burt byron caleb calvin cameron
carl carlos carter cecil cedric chad charles charlie chester chris christian christoph
christopher chuck clarence clark claude clay clayton cliff clifford clint clinton clyde cody
cole colin connor conor corey cornelius craig curt curtis cyrus dale dallas damian damon dan
dana daniel danny darius darrell darren darryl dave david davis dean dennis derek desmond
devin dick diego dimitri dmitri dmitry dominic don donald donnie doug douglas duane duncan
dustin dwayne dwight dylan earl ed eddie edgar edmund eduardo edward edwin elias elijah elliot
elliott elmer elton emanuel emilio emmanuel enrique eric erik ernest ernesto ernie ethan eugene
evan everett ezra fabian felipe felix fernando floyd francesco francis francisco frank frankie
franklin fred freddie frederick fritz fumio gabriel gareth garrett gary gavin gene geoff
geoffrey george gerald gerard gerhard gilbert giovanni giuseppe glen glenn gordon graham grant
greg gregg gregory guillermo gus gustavo guy hal hamid hank hans harold harris harrison harry
harvey hassan hector henry herbert herman hiroshi howard hugh hugo hunter ian ibrahim igor
ike ira isaac isaiah ismail ivan jack jackson jacob jacques jaime jake jamal james jamie
jared jason javier jay jeb jeff jeffrey jeremiah jeremy jerome jerry jesse jesus jim jimmy
joaquin joe joel joey johan johann john johnny jon jonah jonathan jordan jorge jose josef
joseph josh joshua juan julian julio julius justin karl keith ken kenneth kenny kent kevin
khalid kim kirk klaus kurt kyle lamar lance larry lars lawrence lee leo leon leonard leonardo
leroy les leslie lester lewis liam lincoln lindsey lloyd logan lonnie lorenzo lou louis luca
lucas luis luke luther lyndon malcolm manuel marc marcel marco marcus mario mark marshall
martin marty marvin mason mathew matt matthew maurice max maxim maximilian melvin micah
michael mick mickey miguel mike mikhail milton mitch mitchell mitt mohamed mohammad mohammed
morgan moses muhammad murray nathan nathaniel neal ned neil nelson nicholas nick nicolas
nigel noah noel norman oleg oliver omar orlando oscar otto owen pablo paolo pat patrick paul
pedro pete peter phil philip phillip pierre preston rafael ralph ramon randall randy raphael
raul ray raymond reggie reginald reince rex ricardo richard rick rickey ricky rishi rob
robert roberto robin rod rodney roger roland rolf roman ron ronald ronnie ross roy ruben rudy
rudolph rupert russ russell ryan sal salvador sam samuel sanders saul scott sean sebastian
sergei sergey sergio seth shane shaun shawn sheldon sherman shinzo sidney simon stan stanley
stefan stephen steve steven stewart stuart sven ted teddy terrance terrence terry theo
theodore thomas tim timothy toby todd tom tomas tommy tony travis trevor troy tucker tyler
tyrone uri victor vince vincent vladimir wade walter warren wayne wes wesley will willard
william willie wilson winston wolfgang xavier yasser yosef yuri zach zachary zack
""".split())

FEMALE = set("""
abby abigail ada adele adriana agnes aileen aimee alexandra alexis alice alicia alison
allison alyssa amanda amber amelia amy ana anastasia andrea angela angelina angie anita
ann anna anne annette annie antoinette april ariana arlene ashley audrey ava barbara beatrice
becky belinda bernadette bernice beth bethany betsy betty beverly bianca bonnie brenda brianna
bridget brigitte brittany brooke caitlin camila candace candice cara carla carly carmen carol
caroline carolyn carrie cassandra catherine cathy cecilia celia charlene charlotte chelsea
cheryl chloe christa christie christina christine cindy claire clara claudia colleen connie
constance cora courtney cristina crystal cynthia daisy dana danielle daphne darlene dawn
deborah debbie debra deirdre delia denise diana diane dianne dolores donna dora doris dorothy
edith edna eileen elaine eleanor elena elisabeth eliza elizabeth ella ellen eloise elsa
emily emma erica erika erin esther ethel eva evelyn faith fatima felicia fiona florence
frances francesca gabriela gabrielle gail gayle georgia geraldine gertrude gina ginger
gladys glenda gloria grace greta gretchen gwen gwendolyn hailey haley hannah harriet hayley
hazel heather heidi helen helena hilary hillary holly hope ida ilana ingrid irene iris irma
isabel isabella isabelle ivanka jackie jacqueline jade jamie jan jane janet janice jasmine
jean jeanette jeanne jenna jennifer jenny jessica jill jo joan joann joanna joanne jocelyn
jodi jody josephine joy joyce juanita judith judy julia julie juliet june karen karin kate
katharine katherine kathleen kathryn kathy katie katrina kay kayla kelly kellyanne kendra
kerry kim kimberly kirsten krista kristen kristi kristin kristina kristine kylie laura lauren
laurie leah leslie lillian lily linda lindsay lisa liz liza lois lori lorraine louise lucia
lucille lucy luisa lydia lynn lynne mabel madeleine madeline madison mae maggie mandy marcia
margaret margarita margo maria marian marianne marie marilyn marina marion marisa marjorie
marlene martha mary maureen maxine megan meghan melanie melania melinda melissa meredith
mia michele michelle mildred millie miranda miriam molly monica monique muriel myra nadia
nancy naomi natalia natalie natasha nell nellie nicole nikki nina nora norma olga olivia
paige pam pamela patricia patsy patty paula pauline pearl peggy penelope penny phyllis
priscilla rachel rachael raquel rebecca regina renee rhonda rita roberta robyn rochelle
rosa rosalind rosalyn rose rosemary roxanne ruby ruth sabrina sally samantha sandra sandy
sara sarah selena serena shannon sharon sheila shelby shelley sherry shirley sierra silvia
simone sofia sonia sophia sophie stacey stacy stella stephanie sue susan susanna suzanne
sylvia tamara tammy tania tanya tara teresa terri tessa thelma theresa tiffany tina tonya
tracey tracy tulsi ursula valerie vanessa vera veronica vicki vicky victoria violet virginia
vivian wanda wendy whitney willa wilma yolanda yvette yvonne zoe
""".split())

# names of either gender, or as often family names or places as given names
_AMBIGUOUS = {"andrea", "dana", "jamie", "kim", "leslie", "sanders", "clinton", "davis",
              "harris", "wilson", "nelson", "lee", "jordan", "morgan", "madison", "virginia",
              "georgia", "dallas", "lincoln", "carter", "jackson", "harrison", "grant",
              "tucker", "hunter", "mason", "logan", "marshall", "murray", "lewis", "allen",
              "austin", "cameron", "chase", "kelly", "lindsey", "robin", "terry", "jan",
              "kerry", "lynn", "pat", "sandy", "hope", "faith", "grace", "joy", "june",
              "april", "ruby", "rose", "iris", "ginger", "pearl", "penny", "page", "sierra"}
MALE -= _AMBIGUOUS
FEMALE -= _AMBIGUOUS
# given names all the same, of no known gender ("Jan Brewer", "June Okafor")
EITHER = frozenset(_AMBIGUOUS)

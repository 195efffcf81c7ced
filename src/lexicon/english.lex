# posext lexicon: the built-in English tables.
#
# A lexicon file is UTF-8 text. "# ..." starts a comment, "[name]" starts a
# section, and every other non-blank line is one entry of that section. Files
# given with --lexicon (or Lexicon::add_file) extend these tables; an entry
# that is already there is replaced by the later one.

# Abbreviations that end in a period, and how each behaves where a sentence
# could end:
#   title   a name follows; never ends a sentence         (Mr. Dr.)
#   inner   never ends a sentence                         (e.g. i.e.)
#   number  an abbreviation only before a number          (No. 29, para. 148)
#   final   may end a sentence when a capital follows     (etc. Jr. D.C.)
#   name    part of a name; ends a sentence only before a (U.S. U.N.)
#           word from [sentence-openers]
# Dotted capitals not listed here ("A.U.", "U.A.E.") behave as `name`;
# single capital letters ("W." in "George W. Bush") as initials.
[abbreviations]
Mr.       title
Mrs.      title
Ms.       title
Messrs.   title
Mmes.     title
Dr.       title
Prof.     title
H.E.      title
HE.       title
H.R.H.    title
H.M.      title
Amb.      title
Ambs.     title
St.       title
Sen.      title
Rep.      title
Gen.      title
Lt.       title
Col.      title
Maj.      title
Capt.     title
Adm.      title
Sgt.      title
Gov.      title
Pres.     title
Rev.      title
Fr.       title
Sr.       final
Jr.       final
Hon.      title
Rt.       title
Mt.       title
Ft.       title
e.g.      inner
i.e.      inner
vs.       inner
viz.      inner
cf.       inner
approx.   inner
ca.       inner
incl.     inner
resp.     inner
Ref.      inner
No.       number
Nos.      number
no.       number
nos.      number
Art.      number
Arts.     number
art.      number
para.     number
paras.    number
Para.     number
p.        number
pp.       number
Vol.      number
vol.      number
Ch.       number
ch.       number
Sec.      number
sec.      number
Fig.      number
Res.      number
Add.      number
Corr.     number
Suppl.    number
Annex.    number
op.       number
etc.      final
a.m.      final
p.m.      final
A.M.      final
P.M.      final
Inc.      final
Ltd.      final
Co.       final
Corp.     final
Bros.     final
D.C.      final
B.C.      final
A.D.      final
al.       final
U.S.      name
U.N.      name
U.K.      name
E.U.      name
U.S.A.    name
U.A.E.    name
U.S.S.R.  name
P.R.C.    name
D.P.R.K.  name

# Words that typically open a sentence. After a `name` abbreviation such as
# "U.S." a capitalised word from this list starts a new sentence; any other
# capitalised word ("U.S. Congress") continues the name. Compared without case.
[sentence-openers]
A
About
After
Against
Ah
All
Allow
Also
Although
An
And
Another
Any
As
At
Because
Before
Being
Both
But
By
Despite
During
Each
Even
Every
Finally
First
For
From
Furthermore
He
Her
Here
His
How
However
I
If
In
Indeed
It
Its
Just
Last
Let
Many
Moreover
Most
My
Never
No
Nor
Not
Now
Of
On
Once
One
Only
Or
Our
Over
Second
She
Since
So
Some
Still
Such
That
The
Their
There
These
They
This
Those
Though
Through
Thus
To
Today
Under
Unless
Until
We
What
When
Where
Whether
Which
While
Who
With
Within
Without
Yet
You
Your

# Word parts that keep their hyphen when a line break splits a word after
# them: "self-\ndetermination" reads "self-determination", whereas
# "nego-\ntiations" reads "negotiations". Compared without case.
[hyphen-prefixes]
anti
co
counter
cross
full
half
large
long
non
quasi
self
semi
short
small
socio
well

# Words that cannot end a paragraph: a line that ends in one goes on in the
# next line even when that line begins with a capital ("Ladies and" /
# "Gentlemen,", "the President of the" / "General Assembly"). Without case.
[open-words]
and
or
nor
of
the
a
an
to
for
with
from
by
in
on
at
as
that
which
whose
our
my
their
its
his
her
your
this
these
those
between
among
into
upon
than

# ---------------------------------------------------------------------------
# Phrase tables. An entry is a phrase of one or more words, compared without
# case; an entry written in capitals ("UK") matches only capitals. Sections
# with values put the VALUE first: "VALUE phrase words".
# ---------------------------------------------------------------------------

# Titles before an addressee or a speaker line's name: "Mr. President", "Madam Chair", "Your Excellency",
# "Prince Zeid Ra'ad Zeid Al-Hussein (Jordan):".
[honorifics]
Mr.
Mr
Mister
Messrs.
Madam
Madame
Mme
Mrs.
Mrs
Ms.
Ms
Sir
Your
His
Her
Their
Prince
Princess
Sheikh
Sheikha
Archbishop
Monsignor
Cardinal
Baroness
Dame

# Words that may come between the title and the addressee, or stand before it.
[address-modifiers]
colleague
dear
distinguished
esteemed
honourable
honorable
right honourable
respected
fellow
my
my dear
our
dear fellow
all
all the
UN
United Nations
good
honoured
honored
excellent

# Whom a salutation names: ROLE phrase. Roles: chair, president,
# secretary_general, delegates, excellencies, audience, other.
[addressees]
president     President
president     Presidents
president     Co-President
president     Co-Presidents
president     President-elect
chair         Chair
chair         Chairman
chair         Chairperson
chair         Chairwoman
chair         Co-Chair
chair         Co-Chairs
chair         Co-Chairman
chair         Co-Chairmen
chair         Co-Chairpersons
chair         Vice-Chair
chair         Vice-Chairs
chair         Co-facilitators
chair         Moderator
secretary_general  Secretary-General
secretary_general  Secretary General
secretary_general  UN Secretary-General
secretary_general  UN Secretary General
delegates     colleagues
delegates     delegates
delegates     delegations
delegates     representatives
delegates     heads of delegation
delegates     heads of delegations
delegates     members
delegates     member states
delegates     participants
delegates     permanent representatives
delegates     ambassadors
delegates     members of the Council
delegates     members of the Assembly
excellencies  Excellencies
excellencies  Excellences
excellencies  Excellency
excellencies  Majesty
excellencies  leaders
excellencies  world leaders
excellencies  Majesties
excellencies  Highness
excellencies  Highnesses
excellencies  Royal Highnesses
excellencies  Eminence
excellencies  Eminences
excellencies  Heads of State and Government
excellencies  Heads of State and of Government
excellencies  Heads of State
excellencies  Heads of Government
excellencies  Ministers
excellencies  Heads of State and Government and Ministers
audience      ladies and gentlemen
audience      ladies and gentleman
audience      gentlemen and ladies
audience      gentlemen
audience      friends
audience      guests
audience      audience
audience      attendees
audience      brothers and sisters
audience      sisters and brothers
audience      citizens
audience      fellow citizens
audience      everyone
audience      all of you
audience      young people
other         Deputy Secretary-General
other         High Commissioner
other         High Representative
other         Director-General
other         Executive Director
other         Special Envoy
other         Rapporteur

# Words that may open a sentence before a vocative: "So, colleagues, ...",
# "First of all, Mr. President, I ...". A vocative elsewhere in a clause is
# not an address.
[address-openers]
so
and
and so
but
now
then
yes
well
again
once again
today
indeed
therefore
thus
hence
finally
lastly
in conclusion
to conclude
in closing
first of all
at the outset
at the same time
at this point
here
also
allow me
please
in this regard
in that regard
in this context
in that context
in this connection
to that end
to this end
moreover
furthermore

# Formulas that close a statement. The grammar adds "very much", "for your
# attention", the addressees ("Thank you, Mr. Chairman.") and the end mark.
[closings]
thank you
thank you all
I thank you
I thank you all
we thank you
thanks
thanks to all
many thanks
I thank you very much
thank you so much
thank you very much indeed
muchas gracias
gracias
merci
merci beaucoup
obrigado
shukran
asante
asante sana
danke
I thank you for your attention
thank you for your attention

# Customary or religious openings that may stand before the salutation; they
# are not addresses, and the salutation after them is still the opening.
[customary-openings]
Bismillahirrahmanirrahim
Bismillah
Bismillah ir-Rahman ir-Rahim
Bismillahir Rahmanir Rahim
In the name of God
In the name of Allah
In the Name of God, the Compassionate, the Merciful
In the name of God, the Most Gracious, the Most Merciful
In the name of Allah, the Most Gracious, the Most Merciful
In the name of Allah, the Most Beneficent, the Most Merciful
In the name of Allah, the Beneficent, the Merciful
In the name of God, the Merciful, the Compassionate
In the name of God the Merciful and the Compassionate
Assalamualaikum
Assalamu alaikum
Assalamu'alaikum
Assalamu alaikum warahmatullahi wabarakatuh
Assalamualaikum warahmatullahi wabarakatuh
As-salamu alaykum
Peace be upon you
Om Swastiastu
Shalom
Namaste
Salam
Good morning
Good afternoon
Good evening
All protocol observed
All protocols observed
Protocol observed

# Markers that open an enumerated argument at the start of a sentence:
# ORDINAL phrase, or "last" for markers that close a series ("Finally").
# A one-word marker needs a comma or colon after it ("Second, ..."), unless it
# ends in -ly; "Second Committee" and "Third parties" open nothing.
[ordinal-markers]
1     First
1     Firstly
1     First of all
1     First and foremost
1     First and most importantly
1     In the first place
1     To begin with
2     Second
2     Secondly
2     Second of all
2     In the second place
3     Third
3     Thirdly
3     In the third place
4     Fourth
4     Fourthly
4     In the fourth place
5     Fifth
5     Fifthly
6     Sixth
6     Sixthly
7     Seventh
7     Seventhly
8     Eighth
8     Eighthly
9     Ninth
9     Ninthly
10    Tenth
10    Tenthly
last  Finally
last  Lastly
last  Last
last  Last but not least
last  Last but certainly not least
last  And finally
last  And lastly
last  And last but not least

# Ordinal adjectives in an ordinal noun phrase that opens a sentence: "The
# first is ...", "My second point ...", "This brings me to my third reflection".
[ordinal-words]
1     first
2     second
3     third
4     fourth
5     fifth
6     sixth
7     seventh
8     eighth
9     ninth
10    tenth

# Organs whose resolutions are cited: SYMBOL phrase. The symbol prefixes the
# canonical form: A/RES/75/240, S/RES/2231(2015), A/HRC/RES/31/1.
[reference-bodies]
A        General Assembly
A        UN General Assembly
A        United Nations General Assembly
A        UNGA
A        Assembly
S        Security Council
S        UN Security Council
S        United Nations Security Council
S        UNSC
S        Council
A/HRC    Human Rights Council
A/HRC    UN Human Rights Council
E        Economic and Social Council
E        ECOSOC

# The first resolution the Security Council adopted in each year: YEAR NUMBER.
# It gives the year of a resolution cited without one ("resolution 1325").
[security-council-years]
1990  646
1991  683
1992  726
1993  793
1994  896
1995  969
1996  1044
1997  1090
1998  1151
1999  1222
2000  1285
2001  1335
2002  1388
2003  1456
2004  1522
2005  1581
2006  1650
2007  1733
2008  1795
2009  1860
2010  1908
2011  1967
2012  2033
2013  2086
2014  2133
2015  2196
2016  2262
2017  2337
2018  2398
2019  2452
2020  2504
2021  2561
2022  2618
2023  2672
2024  2722

# States, groups and organisations that make statements: CODE phrase. The
# first phrase listed for a code is the name posext reports; the others are
# other names for it. Codes are ISO 3166 alpha-3 where there is one.
[speakers]
AFG Afghanistan
AFG Islamic Republic of Afghanistan
AFG Islamic Emirate of Afghanistan
ALB Albania
ALB Republic of Albania
DZA Algeria
DZA People's Democratic Republic of Algeria
AND Andorra
AND Principality of Andorra
AGO Angola
AGO Republic of Angola
ATG Antigua and Barbuda
ATG Antigua & Barbuda
ARG Argentina
ARG Argentine Republic
ARM Armenia
ARM Republic of Armenia
AUS Australia
AUT Austria
AUT Republic of Austria
AZE Azerbaijan
AZE Republic of Azerbaijan
BHS Bahamas
BHS Commonwealth of The Bahamas
BHR Bahrain
BHR Kingdom of Bahrain
BGD Bangladesh
BGD People's Republic of Bangladesh
BRB Barbados
BLR Belarus
BLR Republic of Belarus
BEL Belgium
BEL Kingdom of Belgium
BLZ Belize
BEN Benin
BEN Republic of Benin
BTN Bhutan
BTN Kingdom of Bhutan
BOL Bolivia
BOL Plurinational State of Bolivia
BOL Bolivia (Plurinational State of)
BIH Bosnia and Herzegovina
BIH Bosnia & Herzegovina
BWA Botswana
BWA Republic of Botswana
BRA Brazil
BRA Federative Republic of Brazil
BRN Brunei Darussalam
BRN Brunei
BGR Bulgaria
BGR Republic of Bulgaria
BFA Burkina Faso
BDI Burundi
BDI Republic of Burundi
CPV Cabo Verde
CPV Cape Verde
KHM Cambodia
KHM Kingdom of Cambodia
CMR Cameroon
CMR Republic of Cameroon
CAN Canada
CAF Central African Republic
TCD Chad
TCD Republic of Chad
CHL Chile
CHN China
CHN People's Republic of China
COL Colombia
COL Republic of Colombia
COM Comoros
COM Union of the Comoros
COG Congo
COG Republic of the Congo
COG Republic of Congo
COG Congo-Brazzaville
COD Democratic Republic of the Congo
COD Democratic Republic of Congo
COD DRC
COD DR Congo
CRI Costa Rica
CRI Republic of Costa Rica
CIV Côte d'Ivoire
CIV Cote d'Ivoire
CIV Ivory Coast
HRV Croatia
HRV Republic of Croatia
CUB Cuba
CUB Republic of Cuba
CYP Cyprus
CYP Republic of Cyprus
CZE Czechia
CZE Czech Republic
PRK Democratic People's Republic of Korea
PRK DPRK
PRK North Korea
DNK Denmark
DNK Kingdom of Denmark
DJI Djibouti
DJI Republic of Djibouti
DMA Dominica
DMA Commonwealth of Dominica
DOM Dominican Republic
ECU Ecuador
ECU Republic of Ecuador
EGY Egypt
EGY Arab Republic of Egypt
SLV El Salvador
SLV Republic of El Salvador
GNQ Equatorial Guinea
GNQ Republic of Equatorial Guinea
ERI Eritrea
ERI State of Eritrea
EST Estonia
EST Republic of Estonia
SWZ Eswatini
SWZ Kingdom of Eswatini
SWZ Swaziland
ETH Ethiopia
ETH Federal Democratic Republic of Ethiopia
FJI Fiji
FJI Republic of Fiji
FIN Finland
FIN Republic of Finland
FRA France
FRA French Republic
GAB Gabon
GAB Gabonese Republic
GMB Gambia
GMB Republic of The Gambia
GMB Islamic Republic of the Gambia
GEO Georgia
DEU Germany
DEU Federal Republic of Germany
GHA Ghana
GHA Republic of Ghana
GRC Greece
GRC Hellenic Republic
GRD Grenada
GTM Guatemala
GTM Republic of Guatemala
GIN Guinea
GIN Republic of Guinea
GNB Guinea-Bissau
GNB Republic of Guinea-Bissau
GUY Guyana
GUY Co-operative Republic of Guyana
GUY Cooperative Republic of Guyana
HTI Haiti
HTI Republic of Haiti
HND Honduras
HND Republic of Honduras
HUN Hungary
ISL Iceland
IND India
IND Republic of India
IDN Indonesia
IDN Republic of Indonesia
IRN Iran
IRN Islamic Republic of Iran
IRN Iran (Islamic Republic of)
IRQ Iraq
IRQ Republic of Iraq
IRL Ireland
ISR Israel
ISR State of Israel
ITA Italy
ITA Italian Republic
JAM Jamaica
JPN Japan
JOR Jordan
JOR Hashemite Kingdom of Jordan
KAZ Kazakhstan
KAZ Republic of Kazakhstan
KEN Kenya
KEN Republic of Kenya
KIR Kiribati
KIR Republic of Kiribati
KWT Kuwait
KWT State of Kuwait
KGZ Kyrgyzstan
KGZ Kyrgyz Republic
LAO Lao People's Democratic Republic
LAO Lao PDR
LAO Laos
LVA Latvia
LVA Republic of Latvia
LBN Lebanon
LBN Lebanese Republic
LSO Lesotho
LSO Kingdom of Lesotho
LBR Liberia
LBR Republic of Liberia
LBY Libya
LBY State of Libya
LIE Liechtenstein
LIE Principality of Liechtenstein
LTU Lithuania
LTU Republic of Lithuania
LUX Luxembourg
LUX Grand Duchy of Luxembourg
MDG Madagascar
MDG Republic of Madagascar
MWI Malawi
MWI Republic of Malawi
MYS Malaysia
MDV Maldives
MDV Republic of Maldives
MLI Mali
MLI Republic of Mali
MLT Malta
MLT Republic of Malta
MHL Marshall Islands
MHL Republic of the Marshall Islands
MRT Mauritania
MRT Islamic Republic of Mauritania
MUS Mauritius
MUS Republic of Mauritius
MEX Mexico
MEX United Mexican States
FSM Micronesia
FSM Federated States of Micronesia
FSM Micronesia (Federated States of)
MCO Monaco
MCO Principality of Monaco
MNG Mongolia
MNE Montenegro
MAR Morocco
MAR Kingdom of Morocco
MOZ Mozambique
MOZ Republic of Mozambique
MMR Myanmar
MMR Republic of the Union of Myanmar
NAM Namibia
NAM Republic of Namibia
NRU Nauru
NRU Republic of Nauru
NPL Nepal
NPL Federal Democratic Republic of Nepal
NLD Netherlands
NLD Kingdom of the Netherlands
NZL New Zealand
NIC Nicaragua
NIC Republic of Nicaragua
NER Niger
NER Republic of the Niger
NER Republic of Niger
NGA Nigeria
NGA Federal Republic of Nigeria
MKD North Macedonia
MKD Republic of North Macedonia
MKD former Yugoslav Republic of Macedonia
MKD Macedonia
NOR Norway
NOR Kingdom of Norway
OMN Oman
OMN Sultanate of Oman
PAK Pakistan
PAK Islamic Republic of Pakistan
PLW Palau
PLW Republic of Palau
PSE State of Palestine
PSE Palestine
PAN Panama
PAN Republic of Panama
PNG Papua New Guinea
PRY Paraguay
PRY Republic of Paraguay
PER Peru
PER Republic of Peru
PHL Philippines
PHL Republic of the Philippines
POL Poland
POL Republic of Poland
PRT Portugal
PRT Portuguese Republic
QAT Qatar
QAT State of Qatar
KOR Republic of Korea
KOR South Korea
KOR Korea
MDA Republic of Moldova
MDA Moldova
ROU Romania
RUS Russian Federation
RUS Russia
RWA Rwanda
RWA Republic of Rwanda
KNA Saint Kitts and Nevis
KNA St. Kitts and Nevis
KNA St Kitts and Nevis
KNA St. Kitts & Nevis
KNA Saint Kitts & Nevis
LCA Saint Lucia
LCA St. Lucia
LCA St Lucia
VCT Saint Vincent and the Grenadines
VCT St. Vincent and the Grenadines
VCT St Vincent and the Grenadines
VCT St. Vincent & the Grenadines
WSM Samoa
WSM Independent State of Samoa
SMR San Marino
SMR Republic of San Marino
STP Sao Tome and Principe
STP Sao Tome & Principe
STP São Tomé & Príncipe
STP São Tomé and Príncipe
STP Democratic Republic of Sao Tome and Principe
SAU Saudi Arabia
SAU Kingdom of Saudi Arabia
SEN Senegal
SEN Republic of Senegal
SRB Serbia
SRB Republic of Serbia
SYC Seychelles
SYC Republic of Seychelles
SLE Sierra Leone
SLE Republic of Sierra Leone
SGP Singapore
SGP Republic of Singapore
SVK Slovakia
SVK Slovak Republic
SVN Slovenia
SVN Republic of Slovenia
SLB Solomon Islands
SOM Somalia
SOM Federal Republic of Somalia
ZAF South Africa
ZAF Republic of South Africa
SSD South Sudan
SSD Republic of South Sudan
ESP Spain
ESP Kingdom of Spain
LKA Sri Lanka
LKA Democratic Socialist Republic of Sri Lanka
SDN Sudan
SDN Republic of the Sudan
SUR Suriname
SUR Republic of Suriname
SWE Sweden
SWE Kingdom of Sweden
CHE Switzerland
CHE Swiss Confederation
SYR Syria
SYR Syrian Arab Republic
TJK Tajikistan
TJK Republic of Tajikistan
THA Thailand
THA Kingdom of Thailand
TLS Timor-Leste
TLS Democratic Republic of Timor-Leste
TLS East Timor
TGO Togo
TGO Togolese Republic
TON Tonga
TON Kingdom of Tonga
TTO Trinidad and Tobago
TTO Trinidad & Tobago
TTO Republic of Trinidad and Tobago
TUN Tunisia
TUN Republic of Tunisia
TUR Türkiye
TUR Turkey
TUR Turkiye
TUR Republic of Türkiye
TUR Republic of Turkey
TKM Turkmenistan
TUV Tuvalu
UGA Uganda
UGA Republic of Uganda
UKR Ukraine
ARE United Arab Emirates
ARE UAE
GBR United Kingdom
GBR United Kingdom of Great Britain and Northern Ireland
GBR UK
GBR Britain
GBR Great Britain
GBR Northern Ireland
TZA Tanzania
TZA United Republic of Tanzania
USA United States
USA United States of America
USA USA
USA US
USA America
URY Uruguay
URY Oriental Republic of Uruguay
UZB Uzbekistan
UZB Republic of Uzbekistan
VUT Vanuatu
VUT Republic of Vanuatu
VEN Venezuela
VEN Bolivarian Republic of Venezuela
VEN Venezuela (Bolivarian Republic of)
VNM Viet Nam
VNM Vietnam
VNM Socialist Republic of Viet Nam
YEM Yemen
YEM Republic of Yemen
ZMB Zambia
ZMB Republic of Zambia
ZWE Zimbabwe
ZWE Republic of Zimbabwe
VAT Holy See
EU  European Union
EU  EU
G77 Group of 77
G77 Group of 77 and China
G77 G77
G77 G-77
NAM-MOVEMENT Non-Aligned Movement
AU  African Union
AOSIS Alliance of Small Island States
CARICOM Caribbean Community
CARICOM CARICOM
ASEAN Association of Southeast Asian Nations
ASEAN ASEAN
OIC Organisation of Islamic Cooperation
OIC Organization of Islamic Cooperation

# The adjectives of the states in [speakers]: CODE adjective. They name the
# speaker only in phrases such as "the Cuban people", "our Japanese
# compatriots" or "the German Government", where a state speaks of its own.
[speaker-adjectives]
AFG Afghan
ALB Albanian
DZA Algerian
AND Andorran
AGO Angolan
ATG Antiguan
ARG Argentine
ARG Argentinian
ARM Armenian
AUS Australian
AUT Austrian
AZE Azerbaijani
BHS Bahamian
BHR Bahraini
BGD Bangladeshi
BRB Barbadian
BLR Belarusian
BEL Belgian
BLZ Belizean
BEN Beninese
BTN Bhutanese
BOL Bolivian
BIH Bosnian
BWA Botswanan
BRA Brazilian
BRN Bruneian
BGR Bulgarian
BFA Burkinabe
BDI Burundian
CPV Cabo Verdean
KHM Cambodian
CMR Cameroonian
CAN Canadian
CAF Central African
TCD Chadian
CHL Chilean
CHN Chinese
COL Colombian
COM Comorian
CRI Costa Rican
CIV Ivorian
HRV Croatian
CUB Cuban
CYP Cypriot
CZE Czech
DNK Danish
DJI Djiboutian
ECU Ecuadorian
EGY Egyptian
SLV Salvadoran
GNQ Equatorial Guinean
ERI Eritrean
EST Estonian
SWZ Eswatini
ETH Ethiopian
FJI Fijian
FIN Finnish
FRA French
GAB Gabonese
GMB Gambian
GEO Georgian
DEU German
GHA Ghanaian
GRC Greek
GRD Grenadian
GTM Guatemalan
GIN Guinean
GUY Guyanese
HTI Haitian
HND Honduran
HUN Hungarian
ISL Icelandic
IND Indian
IDN Indonesian
IRN Iranian
IRQ Iraqi
IRL Irish
ISR Israeli
ITA Italian
JAM Jamaican
JPN Japanese
JOR Jordanian
KAZ Kazakh
KEN Kenyan
KWT Kuwaiti
KGZ Kyrgyz
LAO Lao
LVA Latvian
LBN Lebanese
LBR Liberian
LBY Libyan
LTU Lithuanian
LUX Luxembourgish
MDG Malagasy
MWI Malawian
MYS Malaysian
MDV Maldivian
MLI Malian
MLT Maltese
MRT Mauritanian
MUS Mauritian
MEX Mexican
MDA Moldovan
MCO Monegasque
MNG Mongolian
MNE Montenegrin
MAR Moroccan
MOZ Mozambican
MMR Myanmar
NAM Namibian
NPL Nepalese
NPL Nepali
NLD Dutch
NZL New Zealand
NIC Nicaraguan
NER Nigerien
NGA Nigerian
MKD Macedonian
NOR Norwegian
OMN Omani
PAK Pakistani
PSE Palestinian
PAN Panamanian
PNG Papua New Guinean
PRY Paraguayan
PER Peruvian
PHL Philippine
PHL Filipino
POL Polish
PRT Portuguese
QAT Qatari
ROU Romanian
RUS Russian
RWA Rwandan
WSM Samoan
SMR Sammarinese
SAU Saudi
SEN Senegalese
SRB Serbian
SYC Seychellois
SLE Sierra Leonean
SGP Singaporean
SVK Slovak
SVN Slovenian
SOM Somali
ZAF South African
SSD South Sudanese
ESP Spanish
LKA Sri Lankan
SDN Sudanese
SUR Surinamese
SWE Swedish
CHE Swiss
SYR Syrian
TJK Tajik
THA Thai
TLS Timorese
TGO Togolese
TON Tongan
TTO Trinidadian
TUN Tunisian
TUR Turkish
TKM Turkmen
UGA Ugandan
UKR Ukrainian
ARE Emirati
GBR British
TZA Tanzanian
USA American
URY Uruguayan
UZB Uzbek
VUT Ni-Vanuatu
VEN Venezuelan
VNM Vietnamese
YEM Yemeni
ZMB Zambian
ZWE Zimbabwean

# Stance cues: TYPE:CLASS:POLARITY phrase. Inflections are listed one by one.
# TYPE is a stance type of ANNOTATION; POLARITY is the polarity before negation.
# CLASS says when an occurrence counts:
#   verb   a verb of position: counts as main verb, participle or infinitive
#          ("China supports", "I would like to thank"); a cue in the scope
#          of an earlier cue ("we will continue to support") does not
#   modal  should, must, need to, let us; will/shall count only with the
#          speaker ("we", "I", the speaker's name) as subject
#   frame  "it is essential that/to": a prescription
#   state  an adjective or participle after a copula ("we are committed to")
#   adj    an adjective of value after a copula ("X is crucial", "X is a
#          crucial partner"); not inside a noun phrase ("a critical milestone")
#   noun   a noun that states a position only as the object of a frame verb
#          ([stance-frames]: "reaffirm our commitment") or after a copula
[stance-cues]
support:verb:+     support
support:verb:+     supports
support:verb:+     supported
support:verb:+     supporting
support:verb:+     endorse
support:verb:+     endorses
support:verb:+     endorsed
support:verb:+     endorsing
support:verb:+     favour
support:verb:+     favours
support:verb:+     favor
support:verb:+     favors
support:verb:+     agree with
support:verb:+     agrees with
support:verb:+     agree that
support:verb:+     agrees that
support:verb:+     hope that
support:verb:+     hopes that
support:verb:+     hoped that
support:verb:+     hope
support:verb:+     hopes
support:verb:+     hope for
support:verb:+     hopes for
support:verb:+     look forward to
support:verb:+     looks forward to
support:verb:+     looking forward to
support:verb:+     advocate for
support:verb:+     advocates for
support:verb:+     advocate
support:verb:+     advocates
support:verb:+     advocating for
support:verb:+     champion
support:verb:+     champions
support:verb:+     championing
support:verb:+     favour of
support:verb:+     favor of
support:noun:+     supporter
support:noun:+     supporters
oppose:verb:-      oppose
oppose:verb:-      opposes
oppose:verb:-      opposed
oppose:verb:-      opposing
oppose:verb:-      reject
oppose:verb:-      rejects
oppose:verb:-      rejected
oppose:verb:-      rejecting
oppose:verb:-      object to
oppose:verb:-      objects to
oppose:verb:-      condemn
oppose:verb:-      condemns
oppose:verb:-      condemned
oppose:verb:-      condemning
oppose:verb:-      denounce
oppose:verb:-      denounces
oppose:verb:-      denounced
oppose:verb:-      denouncing
oppose:verb:-      cannot accept
oppose:verb:-      can not accept
oppose:verb:-      can't accept
oppose:verb:-      do not accept
oppose:verb:-      does not accept
oppose:verb:-      don't accept
oppose:verb:-      doesn't accept
oppose:verb:-      will not accept
oppose:verb:-      won't accept
oppose:verb:-      will never accept
oppose:verb:-      shall not accept
oppose:verb:-      never accept
oppose:noun:-      opposition
oppose:state:-     against
oppose:state:-     unacceptable
prescribe:modal:+  should
prescribe:modal:+  must
prescribe:modal:+  ought to
prescribe:modal:+  have to
prescribe:modal:+  has to
prescribe:modal:+  need to
prescribe:modal:+  needs to
prescribe:modal:+  need
prescribe:modal:+  needs
prescribe:modal:+  let us
prescribe:modal:+  let's
prescribe:frame:+  this is the right time to
prescribe:frame:+  this is the time to
prescribe:frame:+  this is the time for
prescribe:frame:+  now is the time to
prescribe:frame:+  now is the time for
prescribe:frame:+  the time has come to
prescribe:frame:+  the time has come for
prescribe:frame:+  it is incumbent upon
prescribe:frame:+  it is incumbent on
prescribe:noun:+   imperative
prescribe:noun:+   imperatives
prescribe:noun:+   necessity
prescribe:noun:+   absolute necessity
prescribe:noun:+   need of
appeal:verb:+      call on
appeal:verb:+      calls on
appeal:verb:+      called on
appeal:verb:+      calling on
appeal:verb:+      call upon
appeal:verb:+      calls upon
appeal:verb:+      called upon
appeal:verb:+      calling upon
appeal:verb:+      call for
appeal:verb:+      calls for
appeal:verb:+      called for
appeal:verb:+      calling for
appeal:verb:+      urge
appeal:verb:+      urges
appeal:verb:+      urged
appeal:verb:+      urging
appeal:verb:+      encourage
appeal:verb:+      encourages
appeal:verb:+      encouraging
appeal:verb:+      invite
appeal:verb:+      invites
appeal:verb:+      inviting
appeal:verb:+      appeal
appeal:verb:+      appeals
appeal:verb:+      appealed
appeal:verb:+      appealing
appeal:verb:+      request
appeal:verb:+      requests
appeal:verb:+      requested
appeal:verb:+      requesting
appeal:verb:+      demand
appeal:verb:+      demands
appeal:verb:+      demanded
appeal:verb:+      demanding
appeal:noun:+      call
appeal:noun:+      calls
appeal:noun:+      invitation
commit:modal:+     will
commit:modal:+     shall
commit:modal:+     'll
commit:modal:+     will continue
commit:modal:+     will always
commit:state:+     committed
commit:state:+     committed to
commit:state:+     determined
commit:state:+     determined to
commit:state:+     ready to
commit:state:+     willing to
commit:state:+     ready and willing to
commit:state:+     stand ready
commit:state:+     stands ready
commit:state:+     stand ready to
commit:state:+     stands ready to
commit:verb:+      pledge
commit:verb:+      pledges
commit:verb:+      pledged
commit:noun:+      commitment
commit:noun:+      commitments
commit:noun:+      determination
welcome:verb:+     welcome
welcome:verb:+     welcomes
welcome:verb:+     welcomed
welcome:verb:+     welcoming
welcome:verb:+     appreciate
welcome:verb:+     appreciates
welcome:verb:+     appreciated
welcome:verb:+     note with appreciation
welcome:verb:+     notes with appreciation
welcome:verb:+     noted with appreciation
welcome:verb:+     commend
welcome:verb:+     commends
welcome:verb:+     commended
welcome:verb:+     commending
welcome:verb:+     congratulate
welcome:verb:+     congratulates
welcome:verb:+     congratulated
welcome:verb:+     congratulating
welcome:verb:+     thank
welcome:verb:+     thanks
welcome:verb:+     thanked
welcome:verb:+     thanking
welcome:verb:+     pay tribute
welcome:verb:+     pays tribute
welcome:verb:+     paid tribute
welcome:verb:+     salute
welcome:verb:+     salutes
welcome:verb:+     saluted
welcome:verb:+     applaud
welcome:verb:+     applauds
welcome:verb:+     applauded
welcome:noun:+     appreciation
welcome:noun:+     congratulations
welcome:noun:+     gratitude
welcome:noun:+     tribute
welcome:state:+    grateful
welcome:state:+    pleased
welcome:state:+    glad
welcome:state:+    encouraged by
welcome:state:+    heartened by
welcome:state:+    delighted
concern:verb:-     regret
concern:verb:-     regrets
concern:verb:-     regretted
concern:verb:-     deplore
concern:verb:-     deplores
concern:verb:-     deplored
concern:verb:-     fear that
concern:verb:-     fears that
concern:verb:-     worry
concern:verb:-     worries
concern:state:-    concerned
concern:state:-    deeply concerned
concern:state:-    alarmed
concern:state:-    worried
concern:adj:-      worrying
concern:state:-    regrettably
concern:noun:-     concern
concern:noun:-     concerns
concern:noun:-     grave concern
concern:noun:-     deep concern
concern:noun:-     serious concern
concern:noun:-     great concern
assess:adj:+       crucial
assess:adj:+       critical
assess:adj:+       essential
assess:adj:+       important
assess:adj:+       vital
assess:adj:+       key
assess:noun:+      importance
assess:noun:+      key to
assess:noun:+      paramount importance
assess:noun:+      fundamental importance
assess:noun:+      great importance
assess:noun:+      utmost importance
assess:noun:+      critical importance
assess:noun:+      vital importance
assess:noun:+      particular importance
assess:verb:+      serve as a basis
assess:verb:+      serves as a basis
assess:verb:+      serve as a preliminary basis
assess:verb:+      serve as the basis
assess:verb:+      serves as the basis
assess:verb:-      hinder
assess:verb:-      hinders
assess:verb:-      hindered
assess:verb:-      hindering
assess:verb:-      undermine
assess:verb:-      undermines
assess:verb:-      undermined
assess:verb:-      undermining
assess:verb:-      run counter to
assess:verb:-      runs counter to
assess:verb:-      running counter to
assess:verb:-      threaten
assess:verb:-      threatens
assess:verb:-      threatened
assess:verb:-      threatening
assess:verb:-      endanger
assess:verb:-      endangers
assess:verb:-      endangered
assess:verb:-      endangering
assess:verb:-      nothing but
assess:verb:-      pose a threat
assess:verb:-      poses a threat
assess:verb:-      posing a threat
assess:verb:-      pose a serious threat
assess:verb:-      poses a serious threat
assess:verb:-      posing serious threats
assess:verb:-      pose serious threats
assess:verb:-      pose threats
assess:verb:-      posing threats
assess:noun:-      threat
assess:noun:-      threats
assess:noun:-      serious threat
assess:noun:-      growing threat
assess:noun:-      threat multiplier

# Verb cues in -ing read as adjectives: after an article or a determiner ("an encouraging sign", "two
# opposing camps", "a demanding task"), or after a copula with no object after them ("the results are quite
# encouraging", "the work is demanding"). The value is the cue the adjective is, TYPE:adj:POLARITY (counted
# as [stance-cues] counts an adj), or none.
[adjective-readings]
welcome:adj:+      encouraging
none               opposing
none               demanding
none               welcoming
none               appealing
none               inviting

# Verbs whose object noun states the holder's position: "we reaffirm our
# commitment", "assures you of our full support", "I join the call".
[stance-frames]
express
affirm
affirms
affirmed
emphasized
stressed
underlined
highlighted
expresses
expressed
expressing
reiterate
reiterates
reiterated
reaffirm
reaffirms
reaffirmed
reaffirming
extend
extends
extended
voice
voices
voiced
convey
conveys
stress
stresses
stressed
insist on
insists on
insisted on
emphasize
emphasizes
emphasise
emphasises
underscore
underscores
underline
underlines
highlight
highlights
note
notes
renew
renews
renewed
assure
assures
assured
join
joins
offer
offers
reflect
reflects
count on
deserve
deserves
recall
recalls
reconfirm
reconfirms
repeat
repeats
restate
restates
share
shares
wish to express
like to express
pose
poses
posing

# Words that say how strongly a position is held.
[intensifiers]
firmly
in the strongest terms
in the strongest possible terms
in the firmest terms
in the strongest manner
in no uncertain terms
strongly
fully
always
completely
deeply
at all times
wholeheartedly
resolutely
steadfastly
unequivocally
totally
truly
profoundly
unwaveringly
categorically
vigorously
sincerely
greatly
highly
gravely

# ---------------------------------------------------------------------------
# Closed word classes that the rules of the stance and structure stages test words
# against: one word or phrase per line, compared without case. A rule reads only
# its own list, so a word added here changes exactly that rule (docs/LEXICON.md).

# Copulas: a predicate after one states a position ("is crucial", "remain committed").
[copulas]
am
is
are
was
were
be
been
being
remain
remains
remained
become
becomes
becoming
feel
feels
stay
stays
i'm
we're
it's

# Words before a noun: a cue after one is a noun ("the support", "our full support").
[determiners]
the
a
an
our
my
its
their
his
her
your
this
that
these
those
full
strong
continued
unwavering
firm
no
any
steadfast
further
greater
growing
more

# Adverbs passed over when the rules look for the word before a cue ("we also fully support").
[light-adverbs]
once again
also
all
still
very
so
more
most
even
therefore
thus
now
again
further
indeed
always
fully
firmly
strongly
deeply
truly
really
certainly
equally
particularly
absolutely
critically
extremely
increasingly
not
ever
often
simply
merely
solely
soon

# Words by which a statement speaks of itself ("we", "our", "let").
[self-words]
we
i
us
our
my
me
let
we'll
i'll
we've
i've
we're
i'm
ourselves

# Subjects that make the speaker the holder ("we will", "I'll").
[self-subjects]
we
i

# Possessives before the speaker's nouns ("my country", "our full support").
[self-possessives]
my
our

# Pronouns by which the speaker is the object of a verb: "those who have supported us" is help the
# speaker receives, no position.
[self-objects]
us
me

# Words that head a relative clause with no relative word, like "what": a modal after them and a pronoun
# names a thing, no prescription ("doing everything we must do to", "anything we should"); a copula after
# it makes a cleft, which still prescribes ("All we must do is act").
[free-relative-heads]
everything
anything
whatever
all

# Words that open an indirect question after a verb of [question-verbs] or a preposition: a modal after
# one names what is in question, no prescription ("deciding who should be their leader", "over who should
# contribute", "far behind where we need to be").
[question-words]
who
where
how
whether

# Nouns by which the speaker names itself after a possessive ("my delegation will").
[self-nouns]
country
delegation
government
nation
administration
presidency

# A subject that ends the scope of an earlier cue ("should ... and they support").
[new-subjects]
we
i
they
he
she
it
this
that

# Subjects before a state cue ("we stand ready", "they remain concerned").
[state-subjects]
we
i
they
he
she
and

# Words that join two cues of one subject ("welcome and support").
[coordinators]
and
or
as well as

# Articles passed over between a copula and an adjective cue ("is a crucial partner").
[articles]
a
an
the

# The articles before which a bare verb cue, and an adjective perhaps, modifies the noun after it ("a
# welcome development", "a strong support system").
[indefinite-articles]
a
an

# After a comma, words that begin a new clause (", but", ", which").
[clause-conjunctions]
but
while
whereas
although
yet
which
and

# After a comma and a conjunction, words that go on with the same clause ("not only ..., but also",
# "not ..., but rather").
[clause-continuations]
also
rather

# Negation before a verb or state cue ("does not support", "never").
[negators]
not
never
neither
nor
cannot
don't
doesn't
won't
can't
didn't
isn't
aren't

# Negation after a modal, part of its cue ("should not", "will never").
[modal-negators]
not
never

# Forms of "have" in "we have our full support".
[have-forms]
have
has

# Verbs of "it is important to" and its variants ("it remains", "it will be").
[frame-verbs]
is
remains
becomes
will

# Words of "it is high time", "it is the right time".
[frame-time-words]
time
right

# Adjectives of "it is important to/that": a prescription.
[frame-adjectives]
essential
necessary
imperative
important
vital
critical
crucial
urgent
time
incumbent
paramount
indispensable

# What may follow the adjective of such a frame ("to", "that").
[frame-complements]
that
to
for
we

# After "should": epistemic, no prescription ("it should seem").
[seem-verbs]
seem
appear

# After "should be": epistemic, no prescription ("it should be obvious").
[evident-words]
obvious
evident
clear
noted
recalled

# Before "that ... should": the "should" puts a case, no prescription ("it is not surprising that they
# should end up in crisis").
[putative-adjectives]
surprising
unsurprising
natural
strange
odd
ironic
curious

# After "thank you ... for": the closing formula, wherever it stands ("I thank you all for
# listening").
[closing-thanks-objects]
listening
attention
your attention
your kind attention
your patience
your kind patience

# Before a cue noun: the means of an act, no position ("through support for the United Nations we
# can help").
[means-prepositions]
through
via

# Before "who" and a cue: someone unnamed, whom the relative clause describes; no one holds its cue
# ("those who support terrorism", "Anyone who champions sustainable development must").
[generic-antecedents]
those
anyone
anybody
everyone
everybody
someone

# After "let us": the speaker invites the hearers to look or to think, a way of speaking and no
# prescription; what follows may still be a position ("Let us look at Pakistan", "Let us imagine a
# better world"). "Let us remember what brought us here" exhorts, and stays a prescription.
[invitation-asides]
look at
take a look
consider
imagine
think of
think about
turn to
examine
suppose
assume that

# In a relative clause after "support": what its subject received, aid, no position ("the solidarity
# and support that we received", "the support we have enjoyed"); and before "support" in their object,
# backing or help that others give ("does not always enjoy unanimous support", "are not receiving the
# support they need").
[receiving-verbs]
received
receive
receives
receiving
got
enjoyed
obtained
enjoy
enjoys
enjoying

# After "will" (and "will continue to"): what will befall the subject, or a date it will observe, a
# forecast and no commitment ("our country will continue to face enormous challenges", "we will
# witness more displacement", "In 2025, we will celebrate the 80th anniversary", "we will only succeed
# in erasing ourselves from the future"; "succeed" as taking over, "we will succeed Canada as Chair",
# is lost with it).
# "see to it", "see that" and "face up to" are acts and stay commitments.
[forecast-verbs]
face
see
experience
suffer
witness
encounter
celebrate
commemorate
mark
succeed

# After a word of [opening-conditions] that opens the sentence: a formula, no condition of a forecast
# ("If necessary, Azerbaijan will", "Without doubt, those developments will"), as a participle is
# ("If elected, we will be a champion of").
[condition-formulas]
necessary
possible
appropriate
doubt
question
exception

# Before "hope": hope as a thing named, held by no one ("the United Nations is the best hope for
# humankind", "the last hope for people suffering in conflicts"), as after a copula alone ("there will
# finally be hope for refugees") or a dash ("still hope — hope that my nation will").
[hope-markers]
best
last
only
greatest
biggest

# After a modal, with no object after them: what the subject faces, its object the phrase before, in
# a relative clause ("the key challenges we must face.", "the challenges we have to face,"); no
# prescription ("we must face the reality" is one).
[faced-verbs]
face
encounter
confront

# Between an auxiliary or a pronoun and a verb of the chain: an adverb of order, no part of the subject
# ("I would first like to congratulate", "allow me first to thank"); after an article it is a noun ("the
# first to undermine them").
[sequence-adverbs]
first
then
now

# Before those of [generic-antecedents]: the speaker shares the position of the ones described ("Cabo
# Verde joins those who call for the rapid settlement", "I add my voice to those who congratulate").
[joining-verbs]
join
joins
joined
voice to
voices to

# Copulas of the past: a feeling stated with one, before "when" or before "to" and an act, tells
# of the past ("I was delighted when", "we were pleased to host").
[past-copulas]
was
were

# After "pleased to", "glad to": what the speaker learnt, which it welcomes ("we were pleased to
# learn that").
[perception-verbs]
learn
see
note
hear
read
witness
observe


# After "against": the setting of what is said, no opposition ("against the backdrop of instability").
[backdrop-words]
backdrop
background

# After a modal or "let us": a way of speaking, no prescription ("I must tell the world that", "We
# must tell it like it is"), nor a commitment ("I shall now make a statement in my capacity as", "I shall
# not go into all of the details").
[speaking-phrases]
tell the assembly
tell the general assembly
tell the world
tell you
tell it like it is
tell it as it is
explain to the assembly
add that
make a statement
make the following statement
read out a statement
go into detail
go into details
go into the details
go into all of the details

# After "the", alone: a monarchy's title by which a statement names its own state ("The Kingdom
# expresses its grave concern"), and its Government ("The Government is committed to"); "the Kingdom
# of Morocco" names a state by name.
[speaker-state-titles]
kingdom
sultanate
principality
emirate
government

# Before "if" and a modal's subject, or a word of [question-words]: a question put, no commitment ("We
# wonder if we will act", "deciding who should be their leader") and
# no prescription, whatever the subject's length ("We ask ourselves if the Council and its members
# should act"; a short one opens a condition anyway).
[question-verbs]
ask
asks
asked
wonder
wonders
wondered
ourselves
themselves
myself
decide
decides
decided
deciding
know
knows
knowing

# After "thank": an exclamation, no thanks ("Thank goodness that").
[thanking-exclamations]
goodness
god
heavens

# After a modal or an "it is important to" frame: a manner of speaking, no prescription ("I must
# say", "it is important to note that").
[speaking-verbs]
say
admit
confess
acknowledge
concede
mention
dwell
repeat
elaborate
note
recall
point
emphasize
emphasise
stress
highlight
underline
underscore
reiterate

# Forms of "need", a verb only with its subject.
[need-words]
need
needs

# Words before "need" that make it a noun ("in need", "basic needs").
[need-noun-markers]
in
of
for
with
by
on
at
from
who
that
which
those
humanitarian
specific
basic
urgent
real

# Words after "need" that make it a noun ("needs and aspirations").
[need-noun-followers]
and
or
of

# Words before "to" + cue that make the infinitive a position ("would like to thank").
[infinitive-licensers]
like
wish
want
wants
continue
continues
intend
intends
plan
plans
seek
seeks
going
hope
taking
opportunity
take
wishes
decided
begin
begins
and
ready
prepared
committed
determined
willing
pleased
honoured
honored
happy
glad
proud

# Between a verb of wanting and its "to": the infinitive is still its position ("I would like also to
# thank", "We would like as well to thank", "I want today to reaffirm"); adverbs in -ly pass too.
[infinitive-asides]
also
again
once
as
well
first
here
today
now
therefore
especially
further
more

# Words before a gerund cue in a list of actions ("and supporting").
[gerund-list-words]
and
or
including
includes
include
through
in
of
without
while
also

# Words before "support" that make it aid, not a position ("provided support").
[aid-words]
provide
provides
provided
providing
give
gives
given
giving
increase
increases
increased
increasing
financial
technical
material
humanitarian
logistical
budgetary
valuable

# Nouns of aid: support joined to one by "and" is aid too ("with the help and support of Hungary").
[aid-nouns]
help
assistance
aid

# Verbs that state a noun cue right after them, past its article and at most two modifiers: "made a
# solemn pledge", "make an urgent appeal", "have made binding commitments". Unlike [stance-frames], only
# next to the noun ("making steady progress is testament to the importance" states no importance).
[making-verbs]
make
makes
made
making

# Words before "if" that make its clause a courtesy, no condition: "I would be remiss if I did not thank".
[courtesy-conditions]
remiss

# Verbs of thanks whose object before "for" is always the party thanked, whatever it is called: "thank the
# staff and officers of the United Nations for their work". Not "commend", which commends things too ("commend
# the calls for a multilateral response").
[party-thanks]
thank
thanks
thanking
congratulate
congratulates
congratulating

# Words after "support for", "support to" or "support of" that make it backing given to violence, no
# position ("Iran's support for terror", "its support for terrorist groups and sectarian militias").
[armed-recipients]
terror
terrorism
terrorists
terrorist
militias
militia
insurgents
insurgency
rebels
extremists
proxies

# Auxiliaries of "is supporting" as aid.
[progressive-auxiliaries]
is
are
was
were
been

# Words after "committed" that keep it a commitment ("committed to").
[committed-followers]
to
and
in

# Words before a state cue that make it part of a noun phrase ("of concern").
[state-noun-markers]
of
for
with
by
on
at
from
being

# Verbs of "stands ready", which need no copula.
[ready-verbs]
stand
stands

# Adjectives in "we have our full support".
[commitment-adjectives]
full
strong

# Verbs by which the holder judges a thing "as" something: "we see the conflict as a threat to
# global peace", "Cambodia sees ... as an absolute necessity". The noun or adjective after "as" is
# predicated of the thing, as after a copula.
[regard-verbs]
see
sees
consider
considers
regard
regards
view
views
deem
deems

# Prepositions that make a cue noun after a copula the object of something else, not the predicate:
# "are not sustainable without external support", "are counting on the support of". "is under threat" still judges.
# "a source of concern", "a cause for concern", "among the top threats" keep it the predicate; so does
# a noun that a possessive holds ("testament to our commitment"), and "with" before a bare noun
# ("following with concern").
[object-prepositions]
to
on
upon
with
without
by
about
from
into
through
against
at
over
towards
toward
within
beyond
regarding
concerning

# Verbs that state a concern named right after them, with at most one word between: "it does raise
# concerns", "raises serious concerns", "is causing concern". Further off ("raise awareness of the
# importance") the noun is no position.
[raising-verbs]
raise
raises
raised
raising
cause
causes
caused
causing

# Participles by which "it should be ..." or "it must be ..." is the speaker's aside, no prescription:
# "it must be said that", "It should be underscored that", "This theme, it must be emphasised, reflects";
# and adjectives of what is plain to see, epistemic ("It should also be very clear that").
[formula-participles]
said
noted
recalled
remembered
underscored
stressed
emphasized
emphasised
underlined
mentioned
acknowledged
highlighted
recognized
recognised
borne
pointed
forgotten
understood
clear
evident
obvious
apparent

# Pronouns that, as the subject of an infinitive, make a cue what is asked of someone else: "We ask
# them to continue to support our efforts".
[object-pronouns]
them
him
her
you

# Short words to which OCR glues the next word in meeting records ("ofthe", "ofresolution", "show
# ofhands"), of two letters each; the normaliser splits them apart after a space (docs/FORMAT.md).
[glued-prefixes]
of

# Words split off a glued prefix ("ofthe"). Others are split when capitalised ("ofUkraine") or when they
# have four letters or more and the document writes them alone.
[glued-words]
the
a
an
its
his
her
our
their
this
that
these
those
all
any
each
every
hands

# Words that open a sentence with a condition, which makes a "will" after its comma a forecast ("If we
# save Tuvalu ..., we will save the world", "Without such efforts, we will not succeed").
[opening-conditions]
if
unless
provided
without

# After "must be", "need to be": a manner of speaking, no prescription ("We must be frank.").
[candour-words]
frank
candid
clear
honest

# After "have to", "has to": an idiom, no prescription ("every resolution that has to do with the
# family", "all the virtues that life has to offer", "the best we have to offer").
[have-to-idioms]
do with
offer

# After a modal or "let us": the speaker puts a question to the hearers or to itself, no prescription
# ("We must ask ourselves whether", "we now have to ask ourselves a question").
[modal-asides]
ask ourselves
ask myself
ask themselves
ask yourselves

# Forms of a cue verb that, with "to" after them or after their object, doom someone to a fate: no
# opposition ("generations are condemned to fear", "condemns them to survive on the leftovers").
[sentencing-cues]
condemn
condemns
condemned
condemning

# Prepositions that make a cue noun their object when nothing holds it and no "of" follows it: a
# thing named, no position ("when the ventilators were in such demand", "insufficient for the
# demand"); "in full support of", "in our support" still state one.
[loose-prepositions]
in
for

# After "will be": what is forecast, no commitment ("we will be able to meet the goal", "it will be
# likely").
[forecast-complements]
able
likely
unlikely

# After "will be", not negated: what will befall the subject, a forecast ("we will all be judged on how we
# respond", "Tuvalu will be submerged", "we will be forced to move inland"); "we will not be intimidated"
# still commits.
[forecast-participles]
judged
blamed
faced
forced
doomed
tested
spared
remembered
submerged
lost
followed
linked
presented
reduced
outlasted
affected
overwhelmed
dragged
hit

# Verbs that give or bring a thing: "hope" after one is the thing given, held by no one ("The Assembly
# offers hope for a better world", "That gives hope to millions").
[giving-verbs]
offer
offers
offered
offering
give
gives
gave
given
giving
bring
brings
brought
bringing
provide
provides
provided
providing
restore
restores
restored
restoring
inspire
inspires
inspired
carry
carries
carried

# Words a third-party holder's span does not begin with ("and", "to").
[holder-skip]
and
but
so
to
in
for
as
this
end
that
meanwhile
moreover
also
furthermore
wherein
whereby

# Forms of "be" before a participle that make it passive: the antecedent of "which is supported by" holds no
# position.
[passive-auxiliaries]
is
are
was
were
be
been
being

# Time phrases that may follow a subject before its verb ("The GGE's consensus report this year requests"):
# no part of the subject.
[time-phrases]
today
yesterday
recently
now
this year
last year
this week
last week
this month
last month
this morning
this session

# Words before "of" that take a part of a party: "All of us must", "Each and every one of us should".
[party-partitives]
all
both
each
one
some
many
most
several
none
few

# Adjectives that grade a need: "the urgent need for", "there is a pressing need for", "We see a great need
# to": the noun "need", a prescription where a frame verb or "there is" states it.
[need-adjectives]
urgent
pressing
dire
great
greater
crucial
critical
absolute
obvious
compelling
constant
real
clear
growing
increasing
continued
continuing
overwhelming
profound
immediate
acute
genuine
fundamental
vital

# Endings of nouns, never of verbs: after "and" beside a verb cue such a word joins a noun ("support and
# cooperation with"), not a second verb that shares the cue's object ("support and subscribe to").
[noun-endings]
tion
tions
sion
sions
ity
ities
ness

# Verbs of the speech itself: after "I" and a modal ("I must remind the Assembly", "I have to speak out
# for our citizens", "I will conclude by", "I shall now focus on") they tell how the speaker goes on, no
# prescription or commitment; [speaking-verbs] do so after any subject.
[speech-act-verbs]
begin
start
close
end
focus
talk
limit
remind
speak
state
ask
tell
inform
refer
explain
address
bring
draw
conclude
pause
omit
apologize
share
add
turn
touch

# Modals before which a need ("need to", "have to") is supposed, not asked for ("it would surely have to
# be created", "we might have to").
[hypothetical-modals]
would
might
could

# Participles that, before a preposition, make the gerund after it a purpose, no one's position
# ("measures aimed at supporting States", "a programme geared towards encouraging young people").
[purpose-participles]
aimed
aiming
geared
directed
designed
intended

# Participles of support that, with their agent after a noun, tell of backing or help given ("Iraq,
# supported by UNAMI"), unless the noun is one of [proposal-nouns]; "endorsed by" always reports.
[backing-participles]
supported
backed

# Nouns of a proposal or a choice that a party endorses: "supported by" after one reports the party's
# support ("the sustainable heating initiative, supported by a number of countries"); after another noun
# it tells of backing or help ("Iraq, supported by UNAMI", "our efforts, supported by the international
# community").
[proposal-nouns]
initiative
initiatives
proposal
proposals
resolution
resolutions
decision
decisions
statement
statements
declaration
candidacy
candidature
candidate
plan
plans
idea
ideas
call
calls
formula
position
positions
draft
policy
policies
goal
goals
vision

# Modals that, joined by "and" or "or" to a modal cue, share its predicate: one stance, the first's
# ("must and will respond", "should — and must — support", "should not and cannot possibly be").
[joined-modals]
can
could
will
would
shall
should
must
may
might
cannot
can't
won't

# Nouns of a situation, a time or a thing that, as the subject of an appeal verb, make it the speaker's
# appeal and no third party's ("The tragedy that Haiti is experiencing calls for joint action", "The
# current crisis demands", "These challenges require").
[situation-nouns]
tragedy
tragedies
crisis
crises
situation
situations
challenge
challenges
pandemic
circumstances
reality
realities
times
moment
threat
threats
interests
problem
problems
conflict
conflicts
COVID-19
emergency
dangers

# Endings of plural nouns that name people: the object of an appeal before its infinitive is asked, though
# it is no party of [party-words] ("call on the major polluters to", "urge the belligerents to"); other plurals
# are things asked for ("encourage the continuing efforts to").
[person-endings]
ers
ors
ents
ants
ists
ians

# Texts that hold a position of their authors: the antecedent of a participle or relative clause with a
# stance verb reports it ("resolution 70/5, which calls for", "a draft resolution condemning").
[reporting-documents]
resolution
resolutions
report
reports
declaration
declarations
communique
communiqué
statement
statements
decision
decisions
letter
document
documents
charter
constitution
convention
agreement
initiative
initiatives
proposal
proposals
position
positions
consensus

# Pronouns that never stand for the speaker: as the subject of a stance verb, or the possessive of a
# stance noun, they report a third party's position ("as he encourages cooperation", "they support the
# plan", "speakers have expressed their overwhelming support").
[third-person-subjects]
he
she
they
their

# Nouns that name a third-party holder without a capital ("many countries"; "the founders of the United
# Nations urged us", "our founding fathers called for": actors of the past).
[collective-holders]
countries
states
members
parties
delegations
actors
nations
governments
others
many
some
majority
report
resolution
resolutions
council
assembly
organizations
community
leaders
they
he
she
there
founders
fathers

# Linking words a target does not begin with ("to", "that", "for"); its determiners it keeps.
[target-skip]
to
that
for
of
on
upon
with
by
about
in

# Words that make what "will" says a forecast on a condition, not a commitment ("we will
# progress much more quickly if we do this").
[condition-words]
if
unless
provided

# Possessives, besides [self-possessives], by which a noun cue is a position someone holds ("its
# commitment", "their support"), and whose noun names its holder.
[holder-possessives]
its
their
his
her
your

# Words of belief before "that": what they say "will" happen is a forecast, not a commitment
# ("confidence that we will see a successful session", "I am afraid that I will be criticized").
[belief-words]
hope
hopes
confidence
confident
convinced
sure
certain
believe
believes
expect
expects
trust
trusts
hopeful
optimistic
think
thinks
conviction
certainty
afraid

# Words before a cue verb that give it up ("abstain from threatening", "stop encouraging",
# "rather than encouraging"): no position.
[given-up-words]
from
than
stop
stopped
stops
avoid
avoiding
without

# People received, not things welcomed: "welcome" with them in its object, before a preposition other
# than "of", is hospitality ("we have welcomed hundreds of thousands of visitors", "we welcomed 135
# Nicaraguan brothers and sisters who", "the refugees whom we welcome", "the Syrian refugees that we
# have welcomed"). Only the verb "welcome": one thanks or pays tribute to people.
[received-people]
refugees
migrants
visitors
tourists
guests
asylum-seekers
immigrants
brothers
sisters
citizens
nationals
persons
children
families
students

# Adjectives that make "support" aid, not a position ("humanitarian support to thousands of
# people", "financial and technical support").
[aid-adjectives]
humanitarian
financial
technical
logistical
logistic
material
military
budgetary
medical
economic
development
developmental
psychosocial
operational
in-kind

# Words that may stand between a stance's subject and its cue ("I would also like to take this
# opportunity to thank", "I would be remiss not to seize this opportunity to commend"), besides
# [light-adverbs] and [negators].
[verb-chain-words]
already
long
just
recently
would
could
can
will
shall
should
must
may
might
do
does
did
have
has
had
am
is
are
was
were
be
been
like
wish
wishes
want
wants
to
begin
begins
start
starts
by
take
takes
seize
seizes
remiss
taking
this
opportunity
once
hereby
going
continue
continues
remain
remains
again
wholeheartedly
sincerely
warmly
heartily

# Words that end a noun phrase: prepositions but "of", relative words, conjunctions, auxiliaries
# ("the Council [that] ...", "all States [to] ..."); a role's noun phrase stops at them.
[phrase-breaks]
to
in
why
how
what
regarding
concerning
including
despite
following
according
on
at
for
with
by
from
into
through
as
like
about
against
among
between
during
amid
amidst
after
before
under
over
within
without
upon
towards
toward
across
beyond
via
since
until
than
that
which
who
whom
whose
where
when
while
whereas
although
though
because
if
unless
but
so
yet
nor
is
are
was
were
be
been
being
am
has
have
had
will
would
shall
should
must
can
could
may
might
do
does
did
let
not
also
only
already
now
today
however
therefore
thus
indeed
hereby

# The last word of a subject that names a party, which a prescription addresses ("the international
# community should", "all parties must"); any other subject is a thing ("international law must").
[party-words]
we
us
you
they
i
all
everyone
everybody
those
countries
country
states
state
parties
party
community
members
member
governments
government
nations
nation
people
peoples
leaders
leader
delegations
delegation
council
assembly
organization
organizations
organisation
organisations
secretariat
secretary-general
union
world
actors
stakeholders
partners
donors
institutions
authorities
sides
side
groups
group
committee
commission
responsible
humanity
society
societies
europe
africa
asia
america
continent
region
regimes
regime
forces
citizens
officials
pope
president
chair
chairman
chairperson
representative
ambassador
minister
colleague
colleagues
envoy
youth
women
men
children
predecessor
predecessors
successor
facilitators
co-facilitators
mediators
friends
brothers
sisters
neighbours
neighbors
troops
personnel
workers
professionals
volunteers
agencies
team
bureau
supporters
allies
compatriots
investors
factions
players
multinationals
companies
corporations
businesses
firms
banks
un
unsc
unga
powers
representatives
him
her
them
others
membership

# Words of [party-words] that name a party alone ("all involved", "those responsible") but before a
# noun are its quantifier ("all efforts to de-escalate": a thing).
[party-quantifiers]
all
those
both
each

# Cues that acknowledge a party, whose object is the stance's addressee ("thank you, Mr. Chairman,
# for", "pay tribute to all the health workers").
[thanking-cues]
thank
thanks
thanking
congratulate
congratulates
congratulating
congratulated
congratulations
commend
commends
commending
salute
salutes
saluting
tribute
applaud
applauds
gratitude
appreciation
grateful

# Verbs of a second courtesy after thanks, joined by "and to": the target of the thanks ends before
# them ("congratulate him on his election and to assure him of our support").
[courtesy-verbs]
wish
assure
reassure
express
extend
convey
reiterate
reaffirm
affirm
thank
congratulate
commend
pay
salute
applaud
acknowledge
recognize
recognise
recall
stress
welcome
pledge

# Verbs that open a clause with the speaker's leave to act, which makes "me" or "us" before its "to"
# the holder ("Allow me to congratulate", "Permit me to thank").
[permission-verbs]
allow
permit

# Words that open a clause inside a target, after which a comma and a subject with its verb go on
# with that clause ("hope that under his leadership, the Organization can"), not a new main clause.
[content-openers]
that
where
whether
which
who
whom
how
what

# Words that open a clause whose "should" comes before its subject and still prescribes ("Never again
# should the world be caught unprepared", "so, too, should the United Nations recognize"), or stand a few
# words before such a "should" ("even less should it", with "no": "under no circumstances should we");
# elsewhere a "should" before its subject puts a condition ("Should that happen, ...", "should they
# deteriorate").
[inversion-openers]
never
nor
neither
so
only
nowhere
less
little
rarely
seldom
hardly

# Words that make a "will" before or after them a guess about what comes, no commitment ("Perhaps,
# over the coming days, we will witness a final round of talks", "we will probably see").
[hedge-words]
perhaps
maybe
probably
possibly
likely
unlikely

# Words that open a sentence with a phrase whose noun is supposed or missing, not held: a cue noun in
# that phrase, before its comma, states no position ("Without a renewed global commitment to ...,
# we will fail", "Despite repeated appeals, the Council has failed").
[absence-openers]
without
despite
notwithstanding
absent

# Endings that no word is made of alone: after a hyphen at a line end, the word broken there is one
# ("develop-\nment", "organiza-\ntion"). Other parts keep the hyphen unless the document writes the
# word whole elsewhere ("zero-\ntolerance" stays "zero-tolerance").
[word-endings]
ment
ments
tion
tions
sion
sions
ation
ations
ness
ity
ities
ing
ings
ed
ly
ally
ance
ances
ence
ences
ency
ancy
ible
able
ous
ive
ives
ism
ist
ists
ise
ize
ised
ized
ising
izing
ship
ful
less
ture
tures
tary
tory
cial
tial
nal
ral

# Phrases of a chair's conduct of a meeting: in the turn of a chair who speaks for no state, a sentence
# with one of them states no position ("I shall now give the floor to", "In accordance with rule 37 of
# the Council's provisional rules of procedure, I invite the representative of Iraq").
[procedure-phrases]
give the floor
rules of procedure
put the draft resolution to the vote
put to the vote
proceed to the vote
put the proposed amendment to the vote
the meeting is adjourned

# Cues that ask a party to act, whose object before "to" is the stance's addressee ("calls upon
# relevant countries to", "invite all States to").
[appeal-cues]
call
calls
calling
called
urge
urges
urging
urged
invite
invites
inviting
invited
invitation
encourage
encourages
encouraging
encouraged
request
requests
requesting
requested
ask
asks
asking
asked
appeal
appeals
appealing
appealed
demand
demands
demanding
demanded

# Words that open a new predicate after "and", where a stance's target ends ("condemns the
# manipulation of the results and continues to demand", "and we are committed").
[predicate-starts]
will
shall
would
must
should
can
could
is
are
was
were
has
have
had
continues
reaffirms
reiterates
wish
wishes
believe
believes
remains
we
i
they
he
she
it
let

# Words after a comma that end a stance's target: a new clause begins ("..., as Israel is
# intensifying attacks", "..., but").
[target-breaks]
but
while
whereas
although
though
yet
as
because
since
if
when
unless
so

# Verbs of [stance-frames] whose subject is the thing a noun of judgement judges: "Turkey poses a
# security threat to Armenia" judges Turkey, as "cyber attacks posing serious threats" judges the
# attacks; no one holds it but the speaker.
[judging-frames]
pose
poses
posing
posed

# Verbs of saying before "that" (or "us that"): a prescription in the clause they report is their subject's
# when that is another ("he said that we must take advantage", "the Secretary-General told us that we
# must act as one", "the German Chancellor, who said that we have to ensure").
[reporting-verbs]
said
says
stated
states
declared
declares
observed
argued
argues
wrote
writes
warned
warns
told
reminded
reminds
insisted
insists
affirmed
affirms
reaffirmed
reaffirms
stressed
stresses
emphasized
emphasizes
underlined
underlines
agreed

# Words before a cue noun that make a compound of it, another noun: "a wake-up call", "a wake up call"
# calls on no one.
[compound-modifiers]
wake-up
wake up

# Prepositions before a year that place what the speaker then did in the past: "In 2009, Bhutan pledged
# to remain carbon neutral", "Back in 2015, we rejected" tell a story, no position held now.
[narrative-year-prepositions]
in

# Negative words before a modal that the subject then follows, which negate it: "nor should it impede",
# "Nor should we forget", "neither should we".
[inverted-negators]
nor
neither

# Relative words: a verb joined by "and" after one of them in a target is the relative clause's own, no
# second predicate of the subject ("We thank those who have helped and continue to help", "the
# Secretary-General, whose passion and dedication have been, and continue to be, instrumental").
[relative-words]
who
whose
that
which
whom

# Verbs of being present before "here" and an infinitive, whose subject states what the infinitive
# says: "I am standing here to express my great concern", "Brunei Darussalam stands here today to
# reiterate our support" (copulas count too).
[presence-verbs]
stand
stands
standing
stood
come
comes
came

# Words that open a clause: the subject of a judgement does not reach back over them ("That's why
# the new Pact for the Future is so important", "we believe that peace is the key").
[clause-openers]
after
before
that
which
who
whom
whose
why
where
when
whether
because
if
since
as
while
although
though
whereas
how
what

# Conjunctions before an ordinal marker ("And second,").
[ordinal-conjunctions]
and
but
so

# Openings by which a paragraph continues the argument before it ("Moreover", "In this regard").
[argument-links]
this
these
that
those
such
it
its
they
there
here
moreover
furthermore
in addition
additionally
also
likewise
similarly
in this regard
in this respect
in this context
to this end
for this reason
therefore
thus
hence
for example
for instance
indeed
in fact
in particular
as a result
at the same time
besides
consequently

# Openings of a clause fronted before a headline's main clause ("If we want ..., ").
[fronted-clauses]
and
but
however
if
when
while
whilst
as
although
though
because
since
to
in order
with
given
based on
after
before
despite
on
in
at
for
through
by
among
regarding
also
once

# After a comma, words that end a headline ("..., and", "..., which").
[headline-stops]
and
but
which
while
so
as
because
including
in order

# Nouns after a state's adjective that make it self-reference ("the Cuban people").
[speaker-own-nouns]
people
government
nation
delegation
presidency
authorities
citizens
compatriots
constitution
parliament

# Before a state's name: the speaker names itself (weight 12: "my country, Viet Nam").
[speaker-self-frames]
my country,
my country
our country,
my country, the
we in
my nation,
my government,
in my capacity as the representative of
in my capacity as representative of
as president of
as the president of
as prime minister of
as the prime minister of
as leader of
as the leader of
as head of state of
as the head of state of

# Words before a name that make it part of a region's name, no state: "Latin America", "Central
# America", "Our America".
[speaker-region-words]
latin
central
south
north
our

# Nouns for the speaker's own state in an apposition before its name: "my small, two-island State,
# Antigua and Barbuda, was", "our beloved country, X".
[speaker-state-nouns]
country
state
nation
island
islands
homeland
republic
kingdom

# Before a state's name: speaking for it (weight 8: "on behalf of").
[speaker-behalf-frames]
on behalf of
on behalf of the
behalf of the government of
behalf of the people of
behalf of the people and government of
behalf of the government and people of
behalf of the people and the government of
behalf of the government and the people of

# Before a state's name: the speaker's home (weight 8: "I come from Hungary", "gender equality in practice
# back home in Liechtenstein").
[speaker-home-frames]
i come from
we come from
back home in
here at home in

# After "In" and a state's name in the possessive, opening a sentence: the speaker's own case among others'
# (weight 4: "In Uganda's case, in 2004 56 per cent of its people were living in poverty"; 4 of 4 in the
# General Debates of 2015 to 2022).
[speaker-own-cases]
case

# Before a state's name: an office of that state (weight 2: "the Government of").
[speaker-of-frames]
government of
president of the republic of
delegation of
prime minister of
king of
head of state of

# Before a state's name: a place or object, no self-reference ("the war in Syria").
[speaker-place-words]
in
against
on
into
to
from
by
with
for

# After a state's name: it takes positions in the statement's voice ("Japan firmly supports").
[speaker-voice-verbs]
will
shall
supports
welcomes
believes
reaffirms
reiterates
calls
stands
remains
attaches
is committed
is ready
is determined
will continue
has always
has consistently
is firmly
would like
hopes
looks forward
is proud
is honoured
is honored
joins
shares
urges
wishes
proposes
intends
is working
has been working
has decided
is convinced
considers
recognizes

# After a state's name: a weaker sign of its own voice ("Austria will").
[speaker-after-words]
will
also
has
is

# Codes of [speakers] that name a group of states, not a state. A group is the speaker only when no
# state names itself: a state that speaks "on behalf of the African Union" or "as chair of the
# Non-Aligned Movement" stays the speaker of its General Debate statement.
[speaker-groups]
eu
au
asean
caricom
nam-movement
g77
aosis

# The word before "as" that makes a comparison or a topic of a name: "as well as the Prime Minister of
# Norway", "leaders such as the President of X", "As far as Syria is concerned" name another, as no
# frame of [speaker-self-frames] and no subject of the statement's own voice.
[speaker-comparisons]
well
such
far

# Before a state's name in the possessive: the speaker conveys the state's own position (weight 12: "I
# reiterate Malawi's support", "We ratify Cuba's determination").
[speaker-conveying-verbs]
express
reaffirm
reiterate
convey
ratify
renew
affirm
restate

# After "reaffirm X's": what a speaker grants another state, no position of its own ("We reaffirm
# Indonesia's sovereignty", "we reiterate Palestine's right to").
[speaker-granted-nouns]
sovereignty
territorial
integrity
independence
right
rights
inalienable
legitimate
unity

# Verbs of harm done to others: a state's name before one of them in its clause ("North Korea has, in a
# blatant manner, repeatedly violated", "Israel continues to flout the resolutions") is a state accused,
# not the statement's own voice; not in the passive ("Armenia was attacked").
[speaker-hostile-verbs]
violate
violates
violated
violating
flout
flouts
flouted
flouting
occupy
occupies
occupied
occupying
invade
invades
invaded
invading
annex
annexes
annexed
annexing
bomb
bombs
bombed
bombing
kill
kills
killed
killing
massacre
massacres
massacred
besiege
besieges
besieged
oppress
oppresses
oppressed
persecute
persecutes
persecuted
defy
defies
defied
breach
breaches
breached
threaten
threatens
threatened
threatening
undermine
undermines
undermined
obstruct
obstructs
obstructed
demolish
demolishes
demolished
confiscate
confiscates
confiscated
deport
deports
deported

# Words of greeting before "from" and a state's name, or an office of it ("I bring greetings and best
# wishes from His Excellency ..., President of the Republic of the Gambia"): the speaker's own state.
# Not "wishes" alone ("despite all these efforts and sincere wishes, ... no response from Iran").
[speaker-greeting-words]
greetings
greeting
salutations

# ---------------------------------------------------------------------------
# Phrase tables of the grammars (matched at word boundaries, like the tables above them).

# Phrases that may open a sentence before "my second point" (the grammar of ordinal markers).
[ordinal-leads]
this brings me to
that brings me to
let me turn to
let me come to
let me move to
let me now turn to
let me now come to
let me now move to
i turn to
i come to
i move to
i now turn to
i now come to
i now move to
turning to
allow me to turn to

# Determiners before an ordinal word ("my second point", "the third").
[ordinal-determiners]
the
my
our
a
this

# Verbs after "the second" that make it a subject, not a marker ("The second is").
[ordinal-subject-verbs]
is
are
was
concerns
relates
lies
pertains
regards
deals
involves
has

# Words inside an addressee's "of" phrase ("of the General Assembly").
[address-fillers]
the
this
its
our
of
and

# Lower-case words that end an addressee's "of" phrase, besides organs' names and ordinals ("President
# of the seventy-fifth session", "Fellow leaders of our world").
[address-of-words]
session
world

# Words that open an addressee's phrase ("President of", "Ambassador to").
[addressee-prepositions]
of
at
to

# Words inside a closing formula ("Thank you very much").
[closing-intensifiers]
very
so
much
all
again
indeed
once
everyone
kindly
sincerely

# After "and", the blessing that may end a closing ("and God bless").
[blessing-openers]
may
god

# Words that open a list of resolutions.
[resolution-words]
resolutions
resolution
res.

# Words after which "8/..." is a Council symbol whose "S" was scanned as an "8" ("document
# 8/2020/123").
[document-words]
document
documents
symbol

# Words before a resolution's number ("resolution No. 1325").
[number-words]
no.
nos.
number

# The chair in a meeting record's speaker line ("The President (spoke in French):").
[chair-titles]
the president
the chair
the chairman
the chairperson

# Openings of a speaker line's note on language ("(spoke in Chinese)").
[language-notes]
spoke
interpretation

# Words that join the items of a resolution list ("resolutions 2100 (2013) and 2164 (2014)").
[list-joiners]
and
or
as well as

# Words that open the idiom "as far as X is concerned": the "concerned" that ends its clause is no
# concern ("as far as its potential to trigger animosity is concerned").
[concern-idioms]
as far as
so far as
insofar as
in so far as
where

# Common short words of the UN's official languages written in Latin letters, by ISO 639-1 code: a
# statement whose words are mostly another language's gets a diagnostic (input.not-english). Each
# word is listed for one language only ("que" is French and Spanish, so neither has it).
[language-words]
en the
en and
en of
en to
en is
en are
en we
en our
en this
en that
en with
en for
en have
en will
en which
fr le
fr les
fr des
fr et
fr est
fr nous
fr notre
fr nos
fr une
fr dans
fr pour
fr du
fr au
fr aux
fr avec
fr sur
fr qui
fr sont
fr pas
es el
es los
es las
es del
es y
es es
es una
es para
es por
es con
es nuestro
es nuestra
es nuestros
es como
es su
es sus
es más

# How a diagnostic names each language, by the codes of [language-words] and of the scripts the
# detector tells apart (Cyrillic: ru, Arabic: ar, Chinese characters: zh).
[language-names]
en English
fr French
es Spanish
ru Russian
ar Arabic
zh Chinese

# ---------------------------------------------------------------------------
# Actors that hold positions and are no state of [speakers]: UN organs and officers. A positions
# table names a third-party holder by the first phrase of its code here, or of [speakers].
[actors]
UNSC   Security Council
UNSC   UN Security Council
UNSC   United Nations Security Council
UNSC   the Council
UNGA   General Assembly
UNGA   UN General Assembly
UNGA   United Nations General Assembly
UNGA   the Assembly
UNSG   Secretary-General
UNSG   UN Secretary-General
UNSG   United Nations Secretary-General
UNSG   the Secretary-General
UNHRC  Human Rights Council
UN     United Nations
UN     UN
UN     the Organization
ICJ    International Court of Justice
IAEA   International Atomic Energy Agency
IAEA   IAEA
WHO    World Health Organization
WHO    WHO
IMF    International Monetary Fund
IMF    IMF
WB     World Bank
ICC    International Criminal Court

# ---------------------------------------------------------------------------
# Votes (ANNOTATION.md, "Votes"). Values are a vote's choice: in_favour, against or abstention.

# The headings of a recorded vote's lists, each followed by a colon ("In favour:", "Abstaining:").
[vote-headings]
in_favour   In favour
in_favour   In favor
against     Against
abstention  Abstaining
abstention  Abstention
abstention  Abstentions

# Voting predicates in running text. The longest entry wins ("voted in favour of" over "voted").
# A predicate is a vote, never also a stance. "abstain from" is no vote (the stance stage checks it).
[vote-cues]
in_favour   vote in favour of
in_favour   voted in favour of
in_favour   votes in favour of
in_favour   voting in favour of
in_favour   vote in favour
in_favour   voted in favour
in_favour   vote in favor of
in_favour   voted in favor of
in_favour   votes in favor of
in_favour   voting in favor of
in_favour   vote in favor
in_favour   voted in favor
in_favour   vote for
in_favour   voted for
in_favour   votes for
in_favour   voting for
in_favour   vote yes on
in_favour   voted yes on
against     vote against
against     voted against
against     votes against
against     voting against
against     vote no on
against     voted no on
against     veto
against     vetoed
against     vetoes
against     vetoing
abstention  abstain
abstention  abstained
abstention  abstains
abstention  abstaining
abstention  abstain in the voting
abstention  abstained in the voting
abstention  abstain in the vote
abstention  abstained in the vote
abstention  abstain on
abstention  abstained on
abstention  abstaining on

# Adverbs between a voter and its voting predicate ("we could only abstain", "China therefore voted"),
# over which the voter is looked for.
[vote-adverbs]
only
merely
simply
therefore
thus
also
then
again
once
consequently
accordingly

# Words between a vote's object and a document symbol that make the symbol the object's ("the
# proposed amendment contained in document S/2016/239"). A bracket alone links too.
[symbol-links]
contained in document
as contained in document
contained in
in document
document

# What a vote is on: its object names one of these ("the draft resolution contained in document S/2014/189").
[vote-objects]
draft resolution
draft resolutions
resolution
resolutions
draft decision
decision
amendment
amendments
proposed amendment
draft amendment
draft
text
motion
proposal
report
adoption
establishment
creation
treaty
compact
convention
declaration

# Counts of a vote's result line written in words, with the "l" that OCR reads for 1
# ("13 votes in favour, none against and l abstention").
[vote-counts]
0   none
0   no
0   zero
1   one
1   l
2   two
3   three
4   four
5   five
6   six
7   seven
8   eight
9   nine
10  ten
11  eleven
12  twelve
13  thirteen
14  fourteen
15  fifteen

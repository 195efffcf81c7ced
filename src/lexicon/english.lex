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

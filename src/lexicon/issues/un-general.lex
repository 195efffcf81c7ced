# posext issue lexicon "un-general": issues that recur in General Assembly and Security Council debates
#
# [issue-labels]: KEY Label shown in tables. [issues]: KEY phrase, compared without case
# (an entry in capitals matches only capitals). A stance or a vote gets the issues of its
# target, else of its sentence, else of its argument's headline, in the order of the labels
# here (docs/LEXICON.md, "Issue lexicons"). Extend or replace it with --issues FILE.

[issue-labels]
climate-change           Climate change
sea-level-rise           Sea-level rise
biodiversity             Biodiversity, land and the environment
oceans                   Oceans and the law of the sea
nuclear-disarmament      Nuclear disarmament and non-proliferation
conventional-arms        Small arms and conventional weapons
sc-reform                Security Council reform
multilateralism          Multilateralism and UN reform
peacekeeping             Peacekeeping
sexual-exploitation      Sexual exploitation and abuse
terrorism                Terrorism and violent extremism
drugs-crime              Drugs and organized crime
sustainable-development  Sustainable development and the 2030 Agenda
development-finance      Financing for development and debt
poverty-hunger           Poverty, hunger and food security
health                   Global health and COVID-19
human-rights             Human rights
gender-equality          Gender equality and women
children-youth           Children and youth
migration-refugees       Migration and refugees
unilateral-sanctions     Unilateral coercive measures and sanctions
cuba-embargo             The embargo against Cuba
palestine                Palestine and the Middle East peace process
ukraine                  Ukraine
syria                    Syria
iraq                     Iraq
yemen                    Yemen
afghanistan              Afghanistan
libya                    Libya
korean-peninsula         The Korean peninsula
iran-nuclear             Iran's nuclear programme
myanmar                  Myanmar and the Rohingya
sudan                    Sudan and South Sudan
sahel                    The Sahel and West Africa
decolonization           Decolonization and self-determination
small-island-states      Small island developing States
digital-technology       Artificial intelligence and digital technology
cyber-security           Cyber and ICT security

[issues]
climate-change           climate change
climate-change           global warming
climate-change           Paris Agreement
climate-change           greenhouse gas
climate-change           greenhouse gases
climate-change           greenhouse gas emissions
climate-change           climate crisis
climate-change           climate action
climate-change           climate finance
climate-change           net zero
climate-change           climate emergency
climate-change           climate-related
sea-level-rise           sea-level rise
sea-level-rise           sea level rise
sea-level-rise           rising sea levels
sea-level-rise           rising seas
sea-level-rise           sea levels
biodiversity             biodiversity
biodiversity             desertification
biodiversity             deforestation
biodiversity             environmental degradation
biodiversity             ecosystems
biodiversity             land degradation
biodiversity             Convention on Biological Diversity
oceans                   oceans
oceans                   ocean
oceans                   law of the sea
oceans                   UNCLOS
oceans                   United Nations Convention on the Law of the Sea
oceans                   fisheries
oceans                   marine biological diversity
oceans                   BBNJ
nuclear-disarmament      nuclear disarmament
nuclear-disarmament      nuclear weapons
nuclear-disarmament      nuclear weapon
nuclear-disarmament      non-proliferation
nuclear-disarmament      Treaty on the Non-Proliferation of Nuclear Weapons
nuclear-disarmament      NPT
nuclear-disarmament      Treaty on the Prohibition of Nuclear Weapons
nuclear-disarmament      TPNW
nuclear-disarmament      Comprehensive Nuclear-Test-Ban Treaty
nuclear-disarmament      CTBT
nuclear-disarmament      weapons of mass destruction
nuclear-disarmament      nuclear tests
nuclear-disarmament      nuclear test
nuclear-disarmament      nuclear-weapon-free zone
conventional-arms        small arms
conventional-arms        light weapons
conventional-arms        Arms Trade Treaty
conventional-arms        landmines
conventional-arms        anti-personnel mines
conventional-arms        cluster munitions
conventional-arms        conventional weapons
sc-reform                Security Council reform
sc-reform                reform of the Security Council
sc-reform                permanent members
sc-reform                permanent member
sc-reform                permanent seats
sc-reform                permanent seat
sc-reform                right of veto
sc-reform                veto power
sc-reform                use of the veto
sc-reform                intergovernmental negotiations
sc-reform                expansion of the Security Council
sc-reform                Ezulwini Consensus
multilateralism          multilateralism
multilateralism          reform of the United Nations
multilateralism          United Nations reform
multilateralism          revitalization of the General Assembly
multilateralism          multilateral system
multilateralism          rules-based international order
multilateralism          Pact for the Future
multilateralism          Summit of the Future
multilateralism          Our Common Agenda
peacekeeping             peacekeeping
peacekeeping             peacekeepers
peacekeeping             peacekeeping operations
peacekeeping             peace operations
peacekeeping             troop-contributing countries
peacekeeping             troop- and police-contributing countries
peacekeeping             blue helmets
peacekeeping             Action for Peacekeeping
sexual-exploitation      sexual exploitation and abuse
sexual-exploitation      sexual exploitation
sexual-exploitation      sexual abuse
sexual-exploitation      zero-tolerance policy
sexual-exploitation      zero tolerance
terrorism                terrorism
terrorism                terrorist
terrorism                terrorists
terrorism                terrorist attacks
terrorism                violent extremism
terrorism                counter-terrorism
terrorism                Da'esh
terrorism                ISIL
terrorism                ISIS
terrorism                Al-Qaida
terrorism                Al-Shabaab
terrorism                Boko Haram
terrorism                foreign terrorist fighters
drugs-crime              drug trafficking
drugs-crime              illicit drugs
drugs-crime              world drug problem
drugs-crime              organized crime
drugs-crime              transnational organized crime
drugs-crime              narcotics
drugs-crime              money-laundering
drugs-crime              corruption
drugs-crime              illicit financial flows
sustainable-development  2030 Agenda
sustainable-development  Agenda for Sustainable Development
sustainable-development  Sustainable Development Goals
sustainable-development  SDGs
sustainable-development  SDG
sustainable-development  sustainable development
development-finance      financing for development
development-finance      Addis Ababa Action Agenda
development-finance      official development assistance
development-finance      ODA
development-finance      debt relief
development-finance      debt burden
development-finance      debt crisis
development-finance      sovereign debt
development-finance      external debt
development-finance      international financial architecture
development-finance      international financial institutions
development-finance      Bretton Woods institutions
development-finance      special drawing rights
poverty-hunger           poverty
poverty-hunger           extreme poverty
poverty-hunger           hunger
poverty-hunger           food security
poverty-hunger           food insecurity
poverty-hunger           famine
poverty-hunger           food crisis
poverty-hunger           food systems
poverty-hunger           malnutrition
health                   COVID-19
health                   COVID
health                   pandemic
health                   pandemics
health                   vaccines
health                   vaccine
health                   vaccination
health                   coronavirus
health                   vaccine equity
health                   universal health coverage
health                   global health
health                   World Health Organization
health                   WHO
health                   health systems
health                   HIV/AIDS
health                   Ebola
human-rights             human rights
human-rights             Human Rights Council
human-rights             Universal Declaration of Human Rights
human-rights             fundamental freedoms
human-rights             universal periodic review
human-rights             death penalty
human-rights             freedom of expression
gender-equality          gender equality
gender-equality          women and girls
gender-equality          empowerment of women
gender-equality          women's empowerment
gender-equality          gender-based violence
gender-equality          violence against women
gender-equality          women, peace and security
gender-equality          Beijing Declaration and Platform for Action
gender-equality          UN-Women
children-youth           children
children-youth           child
children-youth           youth
children-youth           young people
children-youth           rights of the child
children-youth           education
migration-refugees       migration
migration-refugees       migrants
migration-refugees       migrant
migration-refugees       refugees
migration-refugees       refugee
migration-refugees       Global Compact for Migration
migration-refugees       Global Compact on Refugees
migration-refugees       displaced persons
migration-refugees       internally displaced
migration-refugees       asylum
migration-refugees       human trafficking
migration-refugees       trafficking in persons
unilateral-sanctions     unilateral coercive measures
unilateral-sanctions     unilateral sanctions
unilateral-sanctions     sanctions
unilateral-sanctions     economic sanctions
cuba-embargo             embargo against Cuba
cuba-embargo             blockade against Cuba
cuba-embargo             economic, commercial and financial embargo
cuba-embargo             economic, commercial and financial blockade
cuba-embargo             embargo imposed by the United States
cuba-embargo             blockade imposed by the United States
palestine                Palestine
palestine                Palestinian
palestine                Palestinians
palestine                Palestinian people
palestine                two-State solution
palestine                two-State
palestine                occupied Palestinian territory
palestine                Gaza
palestine                West Bank
palestine                East Jerusalem
palestine                Middle East peace process
palestine                UNRWA
palestine                Israeli occupation
ukraine                  Ukraine
ukraine                  Ukrainian
ukraine                  Crimea
ukraine                  Donbas
ukraine                  Donbass
ukraine                  war in Ukraine
ukraine                  aggression against Ukraine
ukraine                  Black Sea Grain Initiative
syria                    Syria
syria                    Syrian Arab Republic
syria                    Syrian crisis
syria                    Syrian conflict
syria                    Syrian refugees
syria                    Idlib
syria                    Astana
iraq                     Iraq
iraq                     Iraqi
iraq                     UNAMI
iraq                     Kurdistan Region
yemen                    Yemen
yemen                    Yemeni
yemen                    Houthis
yemen                    Hodeidah
afghanistan              Afghanistan
afghanistan              Afghan
afghanistan              Taliban
libya                    Libya
libya                    Libyan
korean-peninsula         Korean peninsula
korean-peninsula         Democratic People's Republic of Korea
korean-peninsula         DPRK
korean-peninsula         North Korea
korean-peninsula         denuclearization of the Korean peninsula
iran-nuclear             Joint Comprehensive Plan of Action
iran-nuclear             JCPOA
iran-nuclear             Iran nuclear deal
iran-nuclear             Iranian nuclear programme
iran-nuclear             nuclear programme of Iran
myanmar                  Myanmar
myanmar                  Rohingya
myanmar                  Rakhine
sudan                    Sudan
sudan                    South Sudan
sudan                    Darfur
sudan                    Abyei
sahel                    Sahel
sahel                    Lake Chad
sahel                    Lake Chad Basin
sahel                    West Africa
sahel                    G5 Sahel
sahel                    MINUSMA
decolonization           decolonization
decolonization           self-determination
decolonization           Non-Self-Governing Territories
decolonization           Non-Self-Governing Territory
decolonization           colonialism
decolonization           Western Sahara
decolonization           Malvinas
decolonization           Falkland Islands
decolonization           Chagos
small-island-states      small island developing States
small-island-states      small island developing State
small-island-states      SIDS
small-island-states      SAMOA Pathway
small-island-states      small islands
digital-technology       artificial intelligence
digital-technology       AI
digital-technology       digital divide
digital-technology       digital technologies
digital-technology       emerging technologies
digital-technology       Global Digital Compact
digital-technology       digital transformation
cyber-security           cyberspace
cyber-security           cybersecurity
cyber-security           cyber security
cyber-security           cyberattacks
cyber-security           cyberattack
cyber-security           cybercrime
cyber-security           information and communications technologies
cyber-security           ICT security
cyber-security           ICTs

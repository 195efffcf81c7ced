# posext issue lexicon "ict-oewg": the OEWG on security of and in the use of ICTs
#
# [issue-labels]: KEY Label shown in tables. [issues]: KEY phrase, compared without case
# (an entry in capitals matches only capitals). A stance or a vote gets the issues of its
# target, else of its sentence, else of its argument's headline, in the order of the labels
# here (docs/LEXICON.md, "Issue lexicons"). Extend or replace it with --issues FILE.

[issue-labels]
ict-poa                      Programme of Action
ict-binding-instrument       A legally binding instrument
ict-international-law        Applicability of international law
ict-sovereignty              Sovereignty in cyberspace
ict-data-security            Data security
ict-supply-chain             Supply-chain security
ict-capacity-building        Capacity-building
ict-multistakeholder         Multi-stakeholder participation
ict-norms                    Norms of responsible State behaviour
ict-critical-infrastructure  Critical infrastructure
ict-cbms                     Confidence-building measures
ict-threats                  Existing and potential threats
ict-oewg-process             The OEWG process

[issues]
ict-poa                      Programme of Action
ict-poa                      PoA
ict-poa                      Program of Action
ict-poa                      regular institutional dialogue
ict-poa                      permanent mechanism
ict-binding-instrument       legally binding instrument
ict-binding-instrument       legally binding
ict-binding-instrument       binding instrument
ict-binding-instrument       international convention
ict-binding-instrument       new legally binding obligations
ict-binding-instrument       binding obligations
ict-international-law        international law
ict-international-law        applicability of international law
ict-international-law        Charter of the United Nations
ict-international-law        UN Charter
ict-international-law        international humanitarian law
ict-international-law        State responsibility
ict-international-law        peaceful settlement of disputes
ict-international-law        use of force
ict-sovereignty              sovereignty
ict-sovereignty              cyber sovereignty
ict-sovereignty              sovereignty in cyberspace
ict-sovereignty              non-interference
ict-sovereignty              internal affairs
ict-data-security            data security
ict-data-security            Global Initiative on Data Security
ict-data-security            cross-border data
ict-data-security            personal information
ict-data-security            personal data
ict-data-security            data
ict-supply-chain             supply chain
ict-supply-chain             supply chains
ict-supply-chain             supply-chain
ict-supply-chain             supply-chain security
ict-supply-chain             ICT products
ict-supply-chain             backdoors
ict-capacity-building        capacity-building
ict-capacity-building        capacity building
ict-capacity-building        capacities
ict-capacity-building        technical assistance
ict-multistakeholder         multi-stakeholder
ict-multistakeholder         multistakeholder
ict-multistakeholder         stakeholders
ict-multistakeholder         non-governmental organizations
ict-multistakeholder         private sector
ict-multistakeholder         civil society
ict-multistakeholder         academia
ict-norms                    norms
ict-norms                    responsible State behaviour
ict-norms                    responsible behaviour of States
ict-norms                    framework of responsible State behaviour
ict-norms                    voluntary norms
ict-norms                    rules, norms and principles
ict-critical-infrastructure  critical infrastructure
ict-critical-infrastructure  critical infrastructures
ict-critical-infrastructure  critical information infrastructure
ict-cbms                     confidence-building measures
ict-cbms                     confidence-building measure
ict-cbms                     CBMs
ict-cbms                     confidence building
ict-cbms                     points of contact
ict-threats                  threats
ict-threats                  malicious ICT activities
ict-threats                  malicious activities
ict-threats                  ransomware
ict-threats                  cyberattacks
ict-threats                  militarization of cyberspace
ict-threats                  arms race in cyberspace
ict-oewg-process             Open-ended Working Group
ict-oewg-process             OEWG
ict-oewg-process             Group of Governmental Experts
ict-oewg-process             GGE
ict-oewg-process             annual progress report
ict-oewg-process             consensus report

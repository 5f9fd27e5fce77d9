"""The cue lists of the question classifier and the scanner that finds them in a question.

One cue a line in each table: weight | topic shown in the "why" | pattern over lower-case text. The
scanner tries cues only where a word starts, and there only the cues that can begin with the next few
letters, so most cues are never tried on a given question; it finds exactly what one big regular
expression of all the cues would.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

# One cue a line: weight | topic shown in the "why" | pattern over lower-case text. A line that
# starts with spaces continues the pattern above it (a continued piece never starts with a space).
# A weight marked "!" is not cancelled by a disclaimer ("I'm not worried about…"), because the cue
# is itself negative ("I didn't get a chance to research you"). Patterns match whole words; where
# two overlap, the longer pattern is tried first. {ORG}, {YOU} and {NUM} stand for the shared
# sub-patterns below.

_ORG = (
    r"(?:your|the|this) (?:company|firm|organi[sz]ation|business|agency|hospital|clinic|school|bank|"
    r"practice|place|restaurant|store|district|brand|department|outfit)"
)
_YOU = r"(?:you|you guys|you folks|y'all)"
_NUM = r"(?:a|an|one|two|three|four|six|twelve|\d+)"

_PREMATURE = r"""
3.0  | pay                       | salar(?:y|ies)|wages?|compensation|paychecks?|payday
2.5  | pay                       | pay(?:s)?(?! (?:down|off|attention|it forward))
2.5  | pay                       | paid(?! (?:search|media|social|ads?|advertising|off|subscribers|
                                   users|customers|members))
3.0  | pay                       | pay ?(?:range|band|rate|scale|grade|structure|period)s?|(?:hourly|day|
                                   overtime|starting|base) rate
2.0  | pay                       | (?:per|an|by the) hour|hourly
3.0  | pay                       | (?:sign(?:ing|-on| on) )?bonus(?:es)?|commissions?
2.5  | pay                       | tips? (?:pool|pooled|out|share|shared)|tip pool|tipped|gratuit(?:y|
                                   ies)|tips? get (?:pooled|shared)
2.5  | equity                    | equity|stock (?:options?|grants?|
                                   awards?)|rsus?|espp|stock purchase plan
3.0  | equity                    | (?:give|gives|offer|offers|get|grant|grants) (?:\w+ )?(?:stock|
                                   shares|equity|options)
3.0  | equity                    | vest(?:s|ed|ing)?|option (?:grants?|pool)|(?:one|1)[- ]year cliff
3.0  | pay                       | (?:split|share|cut|percentage) of (?:the )?(?:fees?|commissions?|sales?|
                                   billings?|takings)
3.0  | promotion speed           | how long\b[^?.]{0,50}?\bto (?:go|move|get|progress|step up) from (?:an? )?
                                   (?!the |my |our |your |this |that |here )\w+(?: \w+)? to
3.0  | raises                    | (?:a|the|first|next|annual|pay|merit) raise|raises|merit (?:increase|
                                   raise|pool)s?
3.0  | raises                    | pay (?:increase|rise)s?|cost[- ]of[- ]living (?:adjustment|
                                   increase|raise)s?
2.5  | pay                       | (?:take|takes|bring|brings) home
3.0  | pay                       | (?:clear|clears|net|gross|bring in|pull in) (?:\w+ )?(?:in a|per|a|
                                   each) (?:week|month|year|day)|how much (?:do|
                                   does|would|will|can) (?:\w+ ){0,3}?(?:make|making|
                                   earn|earning|clear|take home|get paid|getting paid|be paid|bring in|
                                   bringing in)|salaried|hourly or
3.0  | pay                       | per (?:mile|diem|load|stop|delivery|piece|visit|case)|(?:make|earn|
                                   making|earning) (?:\w+ )?(?:money|
                                   a year|an hour|per|annually)|how much (?:money|
                                   would i make|do \w+ make)
2.0  | pay                       | tips
3.0  | pay                       | (?:room|able|possible|willing|open) to negotiate|
                                   negotiable|negotiat\w* (?:the |my )?(?:salary|pay|offer|rate)
3.0  | pay                       | budget for (?:this|the) (?:position|role|hire)
3.0  | pay                       | how much (?:does|would|will|do|can|could) (?:it|this|the \w+|you|
                                   i|they|people|employees|\w+s) (?:pay|make|earn|get paid)
2.5  | benefits                  | benefits?(?! (?:from|of|to (?:the|our|your)))
3.0  | benefits                  | (?:vision|dental|medical|health|glasses|prescriptions?|therapy|
                                   ivf|fertility|counseling) (?:is |are )?covered|vision (?:coverage|
                                   insurance|plan|benefits?)
1.0  | benefits                  | covered
3.0  | benefits                  | (?:health|medical|dental|vision|
                                   life|disability) (?:insurance|coverage|plans?|benefits)
2.0  | benefits                  | insurance
3.0  | retirement                | 40[13] ?\(?[kb]\)?|457 ?\(?b\)?|pensions?|retirement (?:plan|match|
                                   account|contributions?|benefits?|savings)
3.0  | retirement                | match(?:ing)? (?:contributions?|program)|defined benefit|hsa|fsa
1.0  | retirement                | match
3.0  | perks                     | tuition (?:reimbursement|assistance|help|benefits?)|student loans?
2.5  | perks                     | (?:gym|wellness|fitness) (?:membership|
                                   stipend|reimbursement|benefit|program)s?|gym
2.5  | perks                     | stipends?|allowances?|perks?|parking|freebies|snacks|game room
3.0  | perks                     | (?:learning|training|education|conference|book|development|wellness|
                                   phone|equipment|travel|professional development|hardware|tech|home|
                                   office|setup|desk|remote|monitor) (?:budget|stipend|allowance|fund)s?|
                                   home (?:setup|set-up)|keep (?:my|the) (?:laptop|phone|computer|car|truck|
                                   vehicle|equipment)
3.0  | perks                     | (?:lunch|lunches|meals?|food|parking|
                                   commute|phone|gas|travel|cost|costs|
                                   dues|certification) (?:\w+ )?(?:covered|
                                   paid for|reimbursed|provided|free)|cover (?:the )?costs? of|pay for my
2.5  | perks                     | company phone|use my own (?:phone|
                                   car|laptop|vehicle)|(?:bring|take) my (?:kid|
                                   kids|child|children|baby) to work
2.0  | perks                     | (?:employee|staff) discounts?|discount(?:s|ed)?
2.5  | perks                     | free (?:lunch|lunches|meals?|food|
                                   snacks|parking|coffee|stays?|tickets|rooms|gym)
2.5  | perks                     | meals? (?:are )?(?:free|provided|included)|lunch (?:is )?(?:provided|
                                   included)
3.0  | perks                     | (?:transit|commuter|bus|train|metro) (?:pass|
                                   passes|benefits?|subsid(?:y|ies))
2.5  | perks                     | company (?:car|truck|van|vehicle|phone|cell|laptop|card|credit card)
2.5  | perks                     | mileage|reimburs(?:e|ed|es|ement|ing)
3.0  | perks                     | child ?care|day ?care|nanny
3.0  | perks                     | bar dues|cle (?:costs?|credits?|hours)|professional dues
3.0  | perks                     | (?:cover|pay for|paid for|reimburse) (?:my |
                                   the |your )?(?:dues|certifications?|
                                   licen[sc]es?|ceus?|cles?|exam fees?)
2.0  | perks                     | uniforms?|work boots|boots
3.0  | perks                     | home[- ]office (?:setup|stipend|budget|allowance|equipment)|(?:budget|
                                   stipend|allowance) for (?:a |my )?home office
2.5  | perks                     | (?:free|discounted) (?:hotel )?(?:stays|
                                   rooms|nights|flights|travel)|travel perks|flight benefits
2.5  | perks                     | bring (?:my|a|our) (?:dog|pet|cat)|
                                   pet[- ]friendly|dogs? (?:at|in) (?:work|the office)
3.0  | time off                  | pto|paid time off|time off|days? off|
                                   weeks? off|vacations?|sabbaticals?|personal days?
3.0  | time off                  | (?:get|have|take|give|gets) (?:\w+ ){1,2}off(?=\W*$|
                                   \W+(?:for|on|during|when|if|in|every))|paid leave|(?:birthday|
                                   holiday|summer|christmas) off
2.5  | time off                  | holidays(?! (?:season|rush|sales|
                                   shopping))|paid holidays?|holiday pay|floating holidays?
3.0  | time off                  | sick (?:days?|leave|time|pay)|comp time|time in lieu
3.0  | time off                  | (?:parental|maternity|paternity|family|medical|bereavement|annual|
                                   unpaid|personal|fmla) leave|fmla
3.0  | hours                     | leave (?:early|(?:at|by|before|around) (?:\d+|noon|one|two|three|four|
                                   five|six|seven|eight))|leave work|leave the office
3.0  | time off                  | (?:step away|leave|take time|time off) for (?:appointments?|
                                   the doctor|doctor'?s? appointments?|school pick ?up)
1.0  | time off                  | appointments
2.5  | time off                  | summers? off|over the summer|long weekends?
2.0  | hours                     | (?:lunch|meal) breaks?|how long is lunch
2.5  | hours                     | hours(?! of (?:experience|training|service|operation))
3.0  | hours                     | billable (?:hours|targets?|requirements?|
                                   expectations?)|overtime|overtme
2.5  | hours                     | weekends?
2.5  | hours                     | (?:work|working|on|cover|covering) nights|
                                   night shifts?|evenings?|overnights?
3.0  | hours                     | (?:day|night|evening|weekend|rotating|
                                   swing|graveyard|split|early|late|double) shifts?
3.0  | hours                     | (?:12|8|10|twelve|eight|ten)[- ]hour shifts?|twelves|eights
3.0  | hours                     | shift (?:differential|diff|lengths?|
                                   patterns?|schedules?|bids?|rotations?|swaps?)|differentials?
1.0  | hours                     | shifts?|schedules?
3.0  | hours                     | (?:my|work|working|weekly|flexible|hybrid|set|fixed|regular|rotating|
                                   daily) schedules?
3.0  | hours                     | schedule (?:flexibility|like)|what(?:'s| is) the schedule
2.0  | hours                     | flexib(?:le|ility)
3.0  | hours                     | flex(?:ible)?[- ]?time|flextime|
                                   flex schedule|
                                   (?:work|working|off) (?:on )?(?:every (?:other )?)?(?:saturdays?|
                                   sundays?)|monday (?:to|through|thru|-) friday|mon-fri
2.0  | hours                     | saturdays?|sundays?|weekdays
2.5  | perks                     | wear jeans|dress code|casual fridays?|jeans
3.0  | hours                     | (?:four|4)[- ]day (?:work ?)?weeks?|(?:9|nine) ?(?:to|-) ?(?:5|five)|
                                   compressed (?:schedule|week)|workweek
2.5  | hours                     | (?:stay|staying|stayed|work|working) (?:late|
                                   later|past \w+|longer|extra hours|after \d+)|end up staying
3.0  | hours                     | late nights?|early mornings?|nights? a week|
                                   nights? away|away from home|(?:come|
                                   get|start|arrive|leave) (?:in )?(?:at|by|around) \d+
2.5  | hours                     | \d{1,2}(?::\d\d)? ?(?:am|pm)? ?(?:to|
                                   -|until|till) ?\d{1,2}(?::\d\d)?(?: ?(?:am|
                                   pm))?|four tens|five eights|(?:4|four)x10s?|tens
1.5  | hours                     | nights
1.0  | hours                     | busy season|crunch(?: time)?|peak season hours
3.0  | hours                     | long lunch(?:es)?|holiday schedule
3.0  | time off                  | (?:closed|off|work|working) (?:on |over |between |for )?
                                   (?:christmas|thanksgiving|new year'?s?|the holidays)
2.5  | hours                     | (?:head|go|going|heading) home|
                                   clock(?:ing)? (?:out|in)|log(?:ging)? off|get off work
2.5  | hours                     | what time (?:do|does|would|will|should) (?:people|we|i|you|most|
                                   the team|everyone|staff)
2.5  | hours                     | start(?:ing)? times?|end times?
3.0  | on-call                   | after[- ]hours|off[- ]hours|outside (?:of )?(?:work|
                                   business|office) hours|on[- ]call|pagers?
3.0  | on-call                   | answer(?:ing)? (?:calls|emails?|messages|texts|the phone) (?:on|
                                   after|at night|in the evening|during|outside)
2.5  | hours                     | work[- ]life balance|work and (?:family|
                                   life)|family life|burn(?:ing)? ?out|burnout
2.5  | hours                     | balance (?:the job|work|it) (?:with|and) (?:family|life|kids|personal)
3.0  | workload                  | workloads?|work load
1.5  | workload                  | how (?:busy|heavy|demanding|hectic|intense|stressful)|manageable
1.5  | remote work               | in the office|in-office|office days|
                                   return to office|commute|days a week
3.0  | remote work               | (?:days?|times?) a week (?:in|at) (?:the )?(?:office|site|hq)
3.0  | remote work               | days? (?:\w+ ){0,5}?(?:on[- ]?site|
                                   (?:in|into|to) (?:the )?office|in person|in-person)|remote[- ]friendly|
                                   (?:come|go|coming|going) (?:in|into|to) (?:the )?office
2.5  | remote work               | remote(?:ly)?(?! (?:monitoring|patients?|sensing|control|sites?|
                                   locations?|areas?|villages?|access|devices?))
3.0  | remote work               | work(?:ing)? (?:from|at) (?:a |the |my )?(?:home|coffee shops?|caf[eé]s?|
                                   co-?working \w+|the road|another (?:city|state|country))|from home|
                                   telework(?:ing)?|telecommut\w*|work from anywhere
2.5  | remote work               | hybrid(?! (?:cloud|cars?|vehicles?|model of care|app|approach|event))
3.0  | relocation                | relocation|moving (?:expenses|costs|allowance|help)|pay for (?:the|
                                   my) move|cost of (?:moving|relocating|the move)|(?:moving|move) here
1.5  | relocation                | relocate|relocating
3.0  | promotion speed           | (?:how|when) (?:soon|quickly|fast|
                                   long|often)\b[^?.]{0,50}?\b(?:promot\w*|
                                   move up|moving up|advance\w*|raises?|
                                   management|manager|supervisor|lead role|senior)
2.5  | promotion speed           | (?:get|be|been|getting) promoted|promotion (?:track|timeline|cycle|
                                   timing)|fast[- ]track
3.0  | promotion speed           | become (?:a |the )?(?:\w+ )?(?:lead|
                                   manager|supervisor|senior \w+|partner|director)
2.5  | promotion speed           | eligible for (?:a )?(?:promotion|raise|bonus|increase)|move up
3.0  | time off                  | how much (?:paid |sick |annual |family |parental |maternity |
                                   paternity )?leave|leave polic(?:y|ies)|(?:have|having|adopt|
                                   adopting) a (?:baby|child|kid)
3.0  | perks                     | loan (?:forgiveness|repayment|assistance)|pslf|(?:can|could|do|would|
                                   will) (?:i|we|you|people|employees) expense|expensable|get (?:it |that |
                                   this )?expensed
3.0  | hours                     | (?:my|our) (?:own )?(?:shifts|hours)
2.5  | hours                     | (?:take|taking|get|getting|how many|how long are|paid) (?:my |our |the |
                                   a )?(?:\w+ )?breaks?
3.0  | benefits                  | mental health (?:days?|leave|benefits?|support)|employee assistance|eap|
                                   wellness days?
3.0  | time off                  | (?:days|weeks) of (?:holiday|vacation|leave|pto|annual leave|paid leave|
                                   time off)|weeks'? holiday
2.5  | union membership          | union (?:dues|membership|members?|position|job|shop|scale|rates?|
                                   wages?|pay|card)|unioni[sz]ed|(?:join|be in|be part of|belong to|
                                   part of|in) (?:the|a) union|dues
2.5  | visa sponsorship          | visas?|sponsor(?:ship|s|ing)? (?:\w+ ){0,2}?(?:visas?|green cards?|
                                   work permits?|h-?1-?bs?)|green cards?|h-?1-?bs?|work permits?|
                                   immigration (?:support|help|sponsorship|costs?|lawyers?|attorneys?)
2.5  | perks                     | (?:provide|provides|supply|supplies|issue|issues|furnish|
                                   furnishes) (?:\w+ ){0,2}?(?:trucks?|vehicles?|cars?|vans?|tools|
                                   laptops?|phones?|uniforms?|boots|scrubs)|(?:bring|buy|supply|
                                   use) (?:my|our|your|their) own(?: (?:tools|trucks?|vehicles?|cars?|vans?|
                                   laptops?|computers?|phones?|equipment|uniforms?|boots|scrubs|knives|gear|
                                   supplies)|(?=\W*$|\W*(?:or|and)\b))
3.0  | hours                     | (?:pick|choose|set|make|control) (?:my|our|your|
                                   their) (?:own )?(?:schedules?|hours|shifts|days)|(?:my|our|
                                   your) own (?:schedule|hours)
"""

_RED_FLAG = r"""
4.0  | no research               | what (?:exactly |actually )?(?:does|do) {ORG} (?:actually |exactly |
                                   really |even )?do(?! to| for| with|
                                   about| when| if| differently| better| well)
4.0  | no research               | what(?:'s| is) it (?:that )?{ORG} (?:actually |
                                   really )?does|what {ORG} does
4.0  | no research               | what (?:exactly |actually |really )?(?:do|does) {YOU} (?:actually |really |
                                   exactly |even )?(?:do|sell|make|offer)(?= here| exactly| again|\W*$)
4.0  | no research               | what (?:kinds?|types?|sorts?) of (?:\w+ )?(?:\w+ )?(?:do|
                                   does) (?:{YOU}|{ORG}) (?:guys )?(?:sell|
                                   make|offer|practice|serve|build|carry|specialize in)
2.5  | no research               | (?:do|does) (?:{YOU}|{ORG}) (?:\w+ )?(?:serve|
                                   sell|do|make|offer|carry|handle|practice)\b[^?]*\bor (?:just|only)
4.0  | no research               | about (?:what )?{ORG}(?: does| is| itself| in general)?(?=\W*$)
4.0  | no research               | what(?:'s| is) {ORG} (?:all )?about
4.0  | no research               | (?:the )?name of {ORG}|(?:which|
                                   what) (?:position|job|role|opening) (?:is|was) this
4.0  | no research               | what (?:industry|field|sector|line of business|
                                   business|market) (?:are|is) (?:{YOU}|{ORG}) in
4.0  | no research               | (?:company|firm|organi[sz]ation|business|product|products|you|your|
                                   role|job|position|title)(?:'s)? (?:\w+ ){0,3}?again(?=\W*$)
4.0  | no research               | what (?:kind|type|sort) of (?:company|
                                   business|place|firm|organi[sz]ation|
                                   outfit) is this|what is it (?:that )?(?:you|
                                   you all|y'all|you guys|you folks) (?:do|make|sell)
!4.0 | no research               | (?:didn't|did not|haven't|have not|
                                   never|not) (?:really |even )?(?:get a chance to |
                                   have time to |get around to |had a chance to |
                                   had time to )?(?:research(?:ed)?|
                                   look(?:ed)? (?:at|into|up)|read up on|
                                   check(?:ed)? out|google(?:d)?) (?:you|your|the|this)
4.0  | neediness                 | did i get (?:the |this )?(?:job|
                                   it|position|role|offer)|do i get (?:the |this )?(?:job|position|offer)
4.0  | neediness                 | (?:if|whether) i got (?:the )?(?:job|
                                   it|position|offer)|am i hired|(?:will|would) you hire me
4.0  | neediness                 | how(?: did|'d) i do|how am i doing|how (?:was|did) my interview
4.0  | neediness                 | (?:still )?in the running|(?:what are|
                                   what're|what's) my (?:chances|odds)|my chances
4.0  | neediness                 | (?:odds|chances?|likelihood|likely|probability) (?:are |
                                   is )?(?:that )?(?:i|of me|i'll|i will|i'd|of my) (?:\w+ )?(?:get|land|make|
                                   getting|landing|being)|make the cut|did i make it
4.0  | neediness                 | am i getting (?:the|this) (?:job|offer|position)|(?:a )?yes or no|
                                   before i go(?=\W*$)|(?:other|rest of the) (?:applicants|
                                   people interviewing)|(?:interviews|
                                   candidates) (?:do )?you have (?:lined up|scheduled)|lined up
4.0  | neediness                 | (?:whether|if) i(?:'m| am) (?:moving forward|
                                   advancing|going forward|going through|
                                   still being considered|getting (?:it|the job|an offer))
3.0  | neediness                 | (?:make|plead) my case
3.0  | neediness                 | whichever offer|(?:other|competing) offers?|
                                   first offer (?:that )?comes|(?:how fast|
                                   how quickly) can you (?:move|decide)
4.0  | neediness                 | (?:going|likely|gonna) to (?:get|receive) (?:an|the) offer|get (?:an|
                                   the) offer today
3.5  | neediness                 | how many (?:other )?(?:people|candidates|
                                   applicants|others|finalists)(?: \w+){0,4}? (?:interview\w*|
                                   consider\w*|apply\w*|applied|see\w*|talk\w*|compet\w*)
3.5  | neediness                 | how many (?:other )?(?:candidates|
                                   applicants)(?! (?:usually |typically |normally )?(?:make it|get to|go on|
                                   move on|advance|reach|progress))|(?:other|rest of the) candidates|
                                   compared to (?:me|the others)|how (?:do )?i compare
3.5  | neediness                 | who else (?:are you|is being|you're|
                                   have you) (?:interview\w*|consider\w*|talk\w*|meet\w*)
3.5  | neediness                 | (?:i )?(?:really )?need (?:this|the) job|desperate|please\W+i need|
                                   put in a good word|good word for me
3.5  | neediness                 | anything i can do to get (?:the|an|this) (?:job|offer|position)
3.0  | neediness                 | (?:let me know|tell me|find out) (?:today|
                                   now|before i leave|by tonight|right away|on the spot)
3.0  | neediness                 | before i leave today|tell me today|decide today
3.0  | plans to leave            | transfer(?:ring|red)? (?:to|into|out)|(?:switch|move|moving|switching|
                                   change) (?:to|into) (?:a |another |a different |other )(?:department|
                                   team|store|location|branch|role|position|unit|office|job)
3.0  | plans to leave            | (?:switch|move|change) (?:departments|
                                   teams|roles|stores|jobs)|different (?:department|
                                   store|role|team|location|unit|position)(?! (?:do|
                                   does|work|works|collaborate))
3.0  | plans to leave            | stepping[- ]stones?|short[- ]term(?! (?:goals?|
                                   priorities|plans?|projects?|objectives|
                                   wins|targets|contracts?|disability|memory))
3.0  | plans to leave            | keep looking|(?:go|going) back to school|
                                   get bored|get into the program
3.0  | plans to leave            | until (?:my|i|a|the) (?:\w+ ){0,3}?(?:takes off|
                                   opens?|starts?|comes through|finish\w*|
                                   find\w*|get\w*)|looking for something (?:until|
                                   while|for now|temporary)|for now(?=\W*$)
3.0  | plans to leave            | (?:move|switch|transfer|jump|go)(?:ing)? (?:to|
                                   into|over to) (?:a|an|another|the) (?:\w+ ){0,2}?(?:role|
                                   job|team|department|position|store|location|group|division|office|
                                   branch|site|unit|city|region) (?:after|in|once|if|within)
3.0  | plans to leave            | (?:this|it) (?:isn't|is not|doesn't turn out to be) (?:a )?(?:good )?fit|
                                   (?:only|just) (?:stay|be here|work here|
                                   staying)|stay (?:for )?(?:a|one|
                                   two|\d+) (?:year|years|months)(?: or so)?
3.5  | plans to leave            | (?:leave|quit) (?:after|in|within) (?:{NUM} )?(?:months?|years?|weeks)
3.5  | plans to leave            | how long (?:do|would|will|must|
                                   should) i (?:have to |need to )?(?:stay|
                                   wait|work here|be here|remain)(?: \w+){0,6}? (?:before|until)
3.5  | plans to leave            | (?:minimum|required) (?:time|tenure|stay)|apply (?:for|to) (?:other|
                                   another|different) (?:positions?|jobs?|roles?|openings?)
!3.5 | plans to leave            | something else internally|if (?:this|
                                   it) doesn't work out|if i (?:don't|
                                   do not) like (?:it|the|this)|not liking (?:the|this|it)
3.0  | plans to leave            | (?:work here|this job) (?:while|
                                   until)|until (?:a|my|the) (?:union )?(?:spot|
                                   job|position|opening) opens
3.0  | background check worries  | background (?:check|checks|screen|
                                   screening|investigation)s?|(?:criminal|
                                   arrest|driving|court) (?:record|history|background)
3.0  | background check worries  | misdemeanou?rs?|felon(?:y|ies)|convictions?|arrests?|duis?|dwis?|
                                   expunge\w*|(?:show|shows) up on
3.5  | background check worries  | drug (?:test\w*|screen\w*|panel)|(?:test|screen|testing) for (?:drugs|
                                   marijuana|thc|cannabis|weed|alcohol)|
                                   marijuana|cannabis|thc|urine|hair (?:test|follicle)
3.0  | background check worries  | credit (?:check|checks|history|score)|(?:run|check|pull) (?:my |
                                   a )?credit|fingerprint\w*|polygraph
3.0  | background check worries  | social media|(?:google|googling) (?:me|candidates)
3.5  | background check worries  | (?:actually|really|even) (?:call|check|contact) (?:my )?references|
                                   just a formality
3.5  | background check worries  | (?:fail|failed|failing) (?:the|
                                   a|my)|what happens if i fail|skip the (?:background|
                                   drug|check|fingerprint\w*|screen\w*)
3.0  | attendance worries        | how strict (?:are you|is (?:the )?(?:attendance|
                                   lateness|policy)|about)|call(?:ing)? in sick (?:before|
                                   without)|how many (?:times|absences|sick calls) can i
3.0  | attendance worries        | (?:before|until) (?:they|you|i|someone) (?:get )?(?:fire|fired|
                                   let go|written up)|how many (?:warnings|
                                   strikes|write-ups)|fire (?:you|me|people)|fired from
3.0  | attendance worries        | (?:track|monitor|watch|check|time) (?:how long|
                                   when|what|whether|if) (?:people|employees|we|i|staff)|if i(?:'m|
                                   am) late|(?:being|i'm|i am) late
3.0  | attendance worries        | how easy (?:is it )?to (?:get through|
                                   pass|get fired|get by)|get away with|
                                   (?:show|showing|come|coming|running) up (?:\w+ ){0,3}?late|
                                   (?:most|least) (?:relaxed|lenient|
                                   laid[- ]back|chill|easygoing)
1.5  | attendance worries        | probation\w* period
3.5  | background check worries  | (?:call|contact|check with|talk to) (?:my )?(?:previous|
                                   past|former|old) (?:employers?|bosses|boss|managers?|jobs?)
3.0  | attendance worries        | skip (?:the )?(?:training|orientation|probation|drug|background|check|
                                   screen\w*|fingerprint\w*)
3.0  | attendance worries        | (?:get|getting) (?:in trouble|written up|
                                   fired|a warning)|(?:show|showing|come|coming|running) (?:up )?late|
                                   lateness|tardy|tardiness
3.0  | attendance worries        | avoid the strict|easiest (?:supervisor|
                                   manager|boss)|monitor (?:my |our )?(?:computer|
                                   internet|email|browsing)
1.5  | gossip                    | is it true|i heard (?:that )?(?:the|your|a|some|he|she|they|he's|
                                   she's|they're|people|rumou?rs)
!3.0 | gossip                    | gossip|rumou?rs?|drama|don't get along|
                                   do not get along|can't stand|cannot stand
2.5  | gossip                    | (?:was|were|got|been|being) (?:fired|let go|sued)|harass\w*|lawsuits?|
                                   affair
3.0  | gossip                    | (?:hardest|worst|most difficult|most annoying) (?:people|coworkers?|
                                   person|colleagues?|ones?) to (?:deal|work) with
3.0  | gossip                    | (?:which|who) (?:\w+ ){0,3}?(?:is|are) (?:the )?(?:hardest|worst|
                                   most difficult|most annoying|laziest) to (?:deal|work) with
3.0  | gossip                    | (?:so many|why are|why do) (?:people|
                                   employees|staff|nurses|teachers)? ?(?:quitting|leaving|quit)|glassdoor
1.5  | gossip                    | quit|quitting|walked out|fired
3.0  | gossip                    | behind (?:his|her|their|my|your|the \w+'s) back|(?:people|everyone|
                                   staff|employees) (?:really )?(?:say|
                                   think|complain) about|dirt on|(?:talk|talking) (?:trash|smack)
1.0  | complaint about a past employer| my (?:last|old|previous|former|current|ex|past)[- ]?(?:boss|manager|
                                   supervisor|company|employer|firm|job|team|coworkers?|colleagues?|
                                   school|principal|director|workplace|place|hospital|store|department|
                                   practice)
2.0  | complaint about a past employer| micromanag\w*|nightmare|terrible|horrible|awful|toxic|incompetent|
                                   clueless|idiots?|useless|hated|worst|unfair|disorganized|backstab\w*|
                                   jerks?
2.0  | complaint about a past employer| yells?|yelling|screams?|rude|lazy|
                                   took credit|takes credit|steals? credit|
                                   control freak|(?:a |complete |total )?mess|
                                   bull(?:y|ied|ies)|disaster|chaos|chaotic|dysfunctional|ridiculous|
                                   underpaid|overworked|fed up
!2.0 | complaint about a past employer| never (?:backed|listened|supported|paid|appreciated)|threw me under
2.5  | complaint about a past employer| unlike (?:at )?my (?:last|old|previous|
                                   current) (?:job|place|company|boss|employer)
3.5  | other commitments         | side (?:business|hustle|gig|job)|second job|during work hours
3.0  | plans to leave            | (?:planning|plan|going) to (?:move|relocate|leave|quit)|
                                   moving (?:away|across)
4.0  | neediness                 | (?:think|feel|know) (?:if |whether |that )?i got (?:it|
                                   the job|the position|the offer)
4.0  | no research               | what (?:exactly )?is it (?:that )?(?:{ORG}|{YOU}) (?:actually |really )?
                                   (?:does|do|sells?|makes?|offers?)
3.0  | gossip                    | (?:hardest|worst|most difficult) to (?:deal|work|get along) with
3.0  | gossip                    | (?:person|predecessor|before me|last (?:hire|person|one))\b[^?]{0,40}?\b
                                   (?:do|did|go|went|done|get|got) wrong
3.0  | attendance worries        | (?:don't|do not|doesn't|does not|didn't|fail(?:s|ed)? to|not) (?:pass|
                                   make it through|get through|clear) (?:the |their |my |your )?probation
3.0  | attendance worries        | keep (?:tabs|an eye) on (?:what|how much|when|whether)
3.0  | attendance worries        | bare minimum|(?:lightest|easiest|least demanding|quietest|slowest) (?:shifts?|
                                   team|department|desk|post|rota|roster|route|patch)|(?:has|have|gets?|
                                   with) the (?:lightest|easiest|smallest) (?:work|case)?load
3.0  | attendance worries        | get (?:a)?round (?:the |your )?(?:time[- ]?tracking|timesheets?|clock(?:ing)?|
                                   rules?|system|polic(?:y|ies)|tracking|monitoring|cameras?|checks?)
3.0  | attendance worries        | probation\w* (?:get |be |being )?(?:extended|failed|cut short)
3.5  | neediness                 | (?:do|did) you (?:think|feel|expect|see) (?:that )?i(?:'ll| will|'d| would|
                                   'm| am| have)|(?:hear|get|getting|hearing) (?:some )?good news|(?:get|
                                   getting|be|being) (?:called|invited|asked) back|(?:speed|hurry) (?:this|it|
                                   things) up
4.0  | neediness                 | (?:odds|chances?|likelihood|likely|probability) (?:is |are )?(?:it )?that i
3.0  | plans to leave            | how (?:long|soon|quickly) (?:before|until|till) i (?:can|could|
                                   would be able to) (?:\w+ ){0,2}?(?:move|transfer|switch|apply|work (?:in|
                                   at|from|for) (?:a|another|the \w+) (?:office|branch|team|department|
                                   location|site))
3.0  | complaint about a past employer| as (?:bad|much of a \w+|difficult|annoying|strict|mean|rude|awful|
                                   tough) as my (?:last|old|previous|former|current)|(?:a |such a |
                                   as much of a |real )pain\b(?! points?)
3.5  | background check worries  | if i (?:fail|don't pass|do not pass|flunk|bomb)|(?:retake|redo|
                                   re-do) (?:it|the \w+)|(?:gaps?) in my (?:employment|resume|r[eé]sum[eé]|
                                   work history|career)|employment gaps?|(?:look|looks) bad|
                                   hurt my (?:chances|application)
3.0  | attendance worries        | call(?:ing)? (?:out|in)(?: sick)? (?:a lot|often|sometimes|much|
                                   frequently)|call(?:ing)? out sick|(?:miss|missing) (?:a lot of |many |
                                   some )?(?:days|work|shifts)
3.5  | other commitments         | (?:work on|do|doing|working on) (?:my own|personal|side) (?:projects?|
                                   stuff|things|business)|my own (?:business|startup|company)
!4.0 | no research               | not (?:really |quite |totally |entirely |exactly )?sure what (?:this|
                                   the) (?:job|role|position|company|business|organi[sz]ation) (?:is|does|
                                   involves)|not (?:really |quite )?sure what (?:{YOU}|{ORG}) (?:do|does|
                                   sells?|makes?)|(?:don't|do not) (?:really )?know (?:much )?(?:what|
                                   about) (?:{ORG}|{YOU})
3.5  | neediness                 | how many (?:applications|applicants|r[eé]sum[eé]s|people|candidates|
                                   responses) (?:did|have|do) (?:you|they|y'all) (?:\w+ )?(?:get|got|receive|
                                   received|have|had|see|seen)
3.5  | neediness                 | (?:hire|hiring|pick|picking|choose|choosing|select|selecting|
                                   offer(?:ing)?) me(?! (?:to|for the|a tour|around))
3.5  | neediness                 | (?:let me know|tell me|find out|hear (?:back|from you)|
                                   an answer)\b[^?.]{0,20}?(?:right now|right away|immediately|on the spot|
                                   asap|as soon as possible|by tonight|by tomorrow|before i leave)
3.0  | plans to leave            | (?:in|at|for|into) (?:another|a different) (?:department|team|store|
                                   location|branch|office|division|unit|city)
3.5  | background check worries  | references? (?:\w+ )?(?:actually |really |even )?(?:be |get |
                                   gets )?(?:called|contacted|checked)|(?:won't|might not|may not|wouldn't|
                                   will not|not) (?:\w+ )?(?:say|give) (?:\w+ ){0,2}?(?:great|good|nice|
                                   positive|glowing) (?:things|references?|reviews?|feedback)|(?:bad|negative|
                                   poor) references?
4.0  | no research               | who (?:are|is) (?:your|{ORG}(?:'s)?) (?:\w+ )?(?:customers|clients|
                                   users|competitors|audience)(?= anyway| again| exactly|\W*$)
4.0  | neediness                 | am i (?:a |the |your )?(?:\w+ )?(?:candidate|contender|front-?runner|
                                   favou?rite|choice|pick)|am i (?:a|the) (?:good|right|strong) fit|
                                   where do i stand|how do i (?:stack up|measure up|rank|rate|look)|(?:do|
                                   did) i (?:have|stand) (?:a|any) (?:\w+ )?(?:shot|chance)
4.0  | neediness                 | (?:did|do) i (?:say|do) (?:anything|something) (?:wrong|bad|stupid)|
                                   did i (?:mess|screw|blow|bomb|nail|ace)(?: it| that| up| this)?|(?:was|
                                   were) my (?:answers?|interview|performance|responses?) (?:\w+ )?(?:ok|okay|
                                   alright|all right|good|bad|fine)|how (?:was|were) my (?:answers?|
                                   performance|responses?)|how (?:well )?did i (?:answer|perform|come across)|
                                   (?:how|what) did (?:you|they) think of me|did i (?:pass|impress)
3.5  | neediness                 | (?:keep|stop|prevent|hold) (?:you|them) (?:back )?from (?:hiring|
                                   choosing|picking|selecting|offering) me|(?:concerns?|reservations?|
                                   hesitations?|doubts?) (?:about|with|regarding) (?:me|my|hiring me)|
                                   count against me
!4.0 | no research               | (?:didn't|did not|haven't|have not|never|not) (?:really |even |
                                   yet )?(?:get a chance to |have time to |get around to |had a chance to |
                                   had time to |got a chance to |got to )?(?:look(?:ed)? (?:it|you|them|that|
                                   this) up|(?:do|did|done) (?:my|much|any) (?:homework|research)|
                                   research(?:ed)? (?:it|much|anything|this|that)|read up)
4.0  | no research               | what (?:{ORG}|{YOU}) (?:is|are|'re) (?:all )?about
3.5  | background check worries  | (?:call|calling|contact|contacting|check(?:ing)? with|talk(?:ing)? to|
                                   speak(?:ing)? (?:to|with)|reach(?:ing)? out to|
                                   ask(?:ing)?) (?:my )?(?:previous|past|former|old|last|current|
                                   ex)[- ]?(?:employers?|bosses|boss|managers?|jobs?|supervisors?|company|
                                   companies|workplace)
!3.0 | complaint about a past employer| (?:didn't|did not|don't|do not|never|doesn't|does not) (?:exactly |
                                   really |always |quite )?(?:(?:get|got) along|(?:see|saw) eye to eye|
                                   click(?:ed)?)|(?:bad|rough|ugly|awkward|tense) terms|butted heads|clashed|
                                   (?:had|have) a falling out
3.0  | background check worries  | (?:check|checking|look at|looking at|look through|look up|search|screen|
                                   review|google) (?:[\w']+ ){0,2}?(?:facebook|instagram|twitter|tiktok|
                                   linkedin|online presence|profiles?|posts)|look (?:me|us|candidates|people|
                                   applicants) up
"""

_RESEARCH = r"""
3.0  | a source you read         | (?:annual|quarterly|sustainability|impact|esg|earnings|investor|proxy|
                                   financial|audit|performance|pro bono|strategic|q[1-4]|(?:first|second|
                                   third|fourth)[- ]quarter) (?:report|
                                   reports|results|call|filing|statement|plan|audit|presentation|letter|
                                   day|update|numbers)
3.0  | a source you read         | press releases?|earnings calls?|
                                   investor (?:day|call|deck|presentation)|
                                   10-?k|10-?q|13f|proxy statement|shareholder letter|board minutes|
                                   status page|needs assessment
3.0  | a source you read         | (?:engineering |company |your )?blog(?: posts?)?|
                                   newsletter|podcast|keynote|webinar|
                                   conference|linkedin post|case study|white ?paper|(?:your|the|district|
                                   company|city|county) website|the (?:posting|
                                   job description) (?:says|mentions|lists)
2.5  | a source you read         | i (?:read|saw|noticed|heard|learned|
                                   listened|watched|came across|followed|
                                   downloaded|tried|visited|attended|read about)|i've (?:been using|
                                   used|read|seen|noticed|followed)|i have been using
2.5  | a source you read         | according to|in the news|(?:was|were|been) (?:featured|covered|
                                   mentioned|named)|(?:article|story|interview|coverage) (?:in|on|with|
                                   about)
2.5  | a source you read         | (?:in|by) the (?:trade )?(?:press|news|paper|journal|media)|(?:got|
                                   gets|received) (?:a lot of )?(?:coverage|
                                   attention|press)|per the|(?:been )?follow(?:ed|
                                   ing) (?:your|the)|noticed|came across
2.0  | news about the employer   | (?:moving|expanding|branching|getting|
                                   going) into|pulled out of|(?:entering|exiting|leaving) the \w+ market|
                                   converting to|took over|picked up the|
                                   finished (?:the )?\w+ (?:project|build)
2.5  | a source you read         | (?:your|the) (?:ceo|cfo|cio|cto|coo|cmo|founder|president|chair|
                                   superintendent|mayor|dean|head of \w+|
                                   chief \w+) (?:said|says|mentioned|
                                   wrote|told|described|talked|announced|stated|shared|spoke|noted)
2.5  | news about the employer   | congrat\w*|acqui(?:red|sition|sitions|
                                   ring)|merg(?:ed|er|ers|ing)|launch(?:ed|
                                   es|ing)?|announc(?:ed|ement|ements)|
                                   ipo|went public|series [a-f]|funding round
2.5  | news about the employer   | rebrand(?:ed|ing)?|recall(?:ed|s)?|restructur\w*|layoffs?|reorg\w*|
                                   relaunch\w*|unveil\w*|debut\w*|ratified|redesignation|accredit\w*|
                                   deprecat\w*
1.5  | news about the employer   | bought|opened|opening|closing|closed|shut(?:ting)? down|won|awarded|
                                   partnership|partnered|pilot(?:ing|
                                   ed)?|roll(?:ed|ing)?[- ]?out|rollout|redesign\w*|renovat\w*|approved|
                                   passed|fined|settled|certified|ranked|ranking|rating|migrat(?:ed|
                                   ing|ion)|switched|stopped|added|dropped|grew|rose|fell|crossed|
                                   doubled|tripled|introduced|invested|investment|grant|bid|expan(?:sion|
                                   ded|ding)|raised
2.0  | news about the employer   | new (?:\w+ )?(?:product|products|store|stores|clinic|clinics|hub|
                                   campus|plant|facility|location|locations|tower|app|line|office|
                                   site|school|hospital|wing|center|centre|platform|service|feature|
                                   market|partnership|ceo|cmo|cfo|cto|president|superintendent|owner|
                                   leadership|strategy|policy|law|regulation|contract|division|routes?|
                                   erp|concept|sorter|jets?|rates?|charter|curriculum|system)
2.0  | a public number           | \d+(?:\.\d+)? ?(?:%|percent|percentage points|
                                   points)|\$ ?\d[\d,.]*|\d+(?:\.\d+)? (?:million|
                                   billion)|(?:million|billion)
2.0  | a public number           | q[1-4]|(?:first|second|third|fourth)[- ]quarter|
                                   (?:last|this) quarter|fiscal (?:year|\d+)|fy ?\d+
1.5  | a date in the news        | (?:19|20)\d\d
1.0  | a date in the news        | (?:in|since|last|this|by) (?:january|
                                   february|march|april|may|june|july|august|september|october|november|
                                   december)|(?:january|february|march|april|june|july|august|september|
                                   october|november|december)
1.0  | a date in the news        | (?:last|this) (?:year|spring|summer|fall|autumn|winter|month)|(?:next|
                                   this) (?:spring|summer|fall|autumn|winter)
1.0  | a public number           | \d{2,}(?:,\d{3})*
2.0  | competitors               | competitors?|competition|compet(?:e|
                                   es|ing) (?:with|against|for)|market share|compared (?:with|to)
1.5  | strategy                  | strateg(?:y|ic|ies)|roadmap|mission|
                                   initiatives?|long-term plan|net[- ]zero|
                                   turnaround|transformation|commits? to|commitment to
2.0  | the employer's results    | (?:your|\w+'s) (?:\w+ )?(?:product|products|app|platform|customers|
                                   clients|members|stores|locations|clinics|plants|brand|stock|shares|
                                   results|sales|revenue|growth|expansion|
                                   acquisition|merger|campaign|program|initiative|strategy|union|rating|
                                   ranking|scores?|contract)
1.0  | a fact you stated         | (?:since|now that|given that|with) (?:you|your)
2.0  | the employer's results    | how (?:did|has|have|is|are) (?:the|your) (?:\w+ ){0,4}?(?:campaign|launch|
                                   pilot|rollout|program|initiative|expansion|rebrand|sale|event|redesign|
                                   partnership|acquisition|merger|product|app) (?:[\w'-]+ ){0,5}?(?:perform|
                                   performed|performing|gone|going|done|doing|land|landed|worked|working)
3.0  | a source you read         | post-?mortems?|incident reports?|(?:report|article|post|survey|study|
                                   review|post-?mortem|audit|statement|filing|memo|announcement|update|
                                   story|profile|interview|release) (?:\w+ )?(?:mentioned|said|says|showed|
                                   shows|noted|notes|highlighted|found|flagged|mentions|described|
                                   describes|cited|reported|stated)
"""

_ROLE = r"""
3.0  | the day-to-day work       | typical (?:day|week|shift|month|
                                   workday)|day[- ]to[- ]day|day in the life|
                                   (?:a|an average|a normal|each) (?:day|week|shift) look like
2.5  | the day-to-day work       | what (?:would|will|does) (?:i|the person|
                                   this person|someone|a new \w+|the new \w+) (?:be )?(?:do|
                                   doing|work on|working on|spend)
2.0  | the day-to-day work       | (?:would|will) i (?:be )?(?:work|working|use|using|support|supporting|
                                   handle|handling|cover|covering|spend|take on|own)
2.5  | success in the job        | success(?:ful)?|succeed|thrive|
                                   excel|separates|distinguishes|qualities|
                                   traits|kind of person|type of person|accomplish\w*|achieve\w*
2.5  | success in the job        | first (?:\d+|few|thirty|sixty|ninety) (?:days|
                                   weeks|months)|(?:first )?(?:six|
                                   6|three|3|twelve|12) months|a year from now|
                                   in a year|(?:good|great|best|top|strong)(?:est)? (?:\w+ )?(?:from|
                                   versus|vs)
2.5  | challenges                | challeng(?:e|es|ing)|hardest|toughest|
                                   obstacles?|struggle|pain points?|
                                   biggest (?:problem|issue|gap|priority|
                                   need|risk|piece|hurdle|frustration|opportunity|misconception)
2.0  | the manager               | report(?:ing)? to|managers?|management style|
                                   supervisor|(?:your|the) boss|team lead|
                                   charge nurse|principal|mentor\w*|
                                   preceptor\w*|coach(?:es|ing)?|who (?:would|
                                   will) i (?:work|report|partner)
3.0  | why the job is open       | why is (?:this|the) (?:position|role|job|opening|spot) (?:open|
                                   available|vacant)|new (?:position|role)|replacement|backfill|(?:last|
                                   previous|prior) person|person (?:before me|
                                   who had|in this role)|(?:did|do) (?:really )?well|do differently
2.0  | onboarding and training   | onboard\w*|orientation|training|
                                   trained|ramp[- ]?up|learn\w*|shadow\w*|mentor program
2.0  | tools                     | tools?|software|systems?|technolog(?:y|
                                   ies)|tech stack|stack|platforms?|equipment|ehr|emr|crm|erp|pos
2.0  | goals and measures        | priorit(?:y|ies|ize|ise|izing|ization)|
                                   goals?|objectives|kpis?|metrics|measure(?:d|s|ment)?|evaluat(?:e|
                                   ed|ion)|performance|judge|expectations?|expected to
2.0  | the team                  | work(?:s|ing)? (?:with|alongside|together|closely)|collaborat\w*|
                                   partner(?:s)? with|cross-functional|
                                   interact with|communicat\w*|feedback|one-on-ones?|check-ins?
2.0  | culture                   | culture|values|environment|morale|
                                   rewarding|wish(?:ed)? you(?:'d)? known|
                                   misconception|(?:like|enjoy|love) (?:most )?about (?:working|
                                   the job|this)
2.0  | goals and measures        | (?:biggest|proudest|best|recent) (?:wins?|accomplishments?|achievements?|
                                   successes)
2.0  | growth                    | (?:career|growth|development|advancement|
                                   learning) (?:path|paths|opportunities|
                                   plan|plans|look like)|professional development|
                                   (?:new|learn) skills|continuing education|career growth
2.0  | how the work is done      | how (?:does|do|is|are|would|will|did) (?:(?:the|your|this|a|an|new|
                                   our|each|most) )?(?:\w+ ){0,3}?(?:handle|
                                   handled|manage|managed|work|split|divide|divided|assign|assigned|
                                   made|decide|support|supported|organi[sz]ed|
                                   structured|run|approach|measure|train|trained|prepare|prep|balance|
                                   use|collaborate|involved)
3.0  | why the job is open       | (?:this|the) (?:opening|vacancy)|
                                   why (?:is|did|was) (?:this|the) (?:role|position|job|opening|vacancy)
3.0  | the day-to-day work       | (?:how much|what share|what percentage|
                                   what part) of (?:the|my|your|their) (?:job|
                                   time|day|week|work)|(?:how much|what) time do \w+ spend|split between|
                                   look like for|from day one|own from
1.5  | the day-to-day work       | look(?:s)? like|mostly|support do|kind of support|keep (?:\w+ )?skills
1.5  | the job                   | (?:this|the) (?:role|position|job)|
                                   which (?:practice areas|areas|clients|
                                   accounts|units?|floors?|systems?|tools?|software|projects?|teams?|
                                   products?|departments?)
2.0  | the job                   | hardest part|most (?:common|important|
                                   rewarding|difficult|challenging)|ratios?|(?:nurse|staff|student|
                                   teacher|patient)[- ]to[- ](?:patient|student|teacher|staff)
1.0  | the team                  | team(?:s|'s)?|crew|unit|division|
                                   staff|colleagues|coworkers|co-workers|
                                   peers|people i(?:'d| would) (?:be )?work(?:ing)? with
1.0  | the work                  | responsibilit(?:y|ies)|duties|tasks?|
                                   projects?|assignments?|caseloads?|clients?|patients|students|guests|
                                   customers|requests|workflow|code review|
                                   sprint|month-end|inventory|curriculum|classroom|mix of
"""

_PROCESS = r"""
3.0  | next steps                | next (?:steps?|stage|stages|round|rounds|interview|phase|meeting)|
                                   what (?:happens|comes) (?:next|after)|(?:after|following) (?:this|
                                   today|the interview|our conversation)|from here
3.0  | next steps                | the rest of the process|(?:hiring|interview|selection|application|
                                   recruiting) process|(?:part|stage|
                                   step)s? (?:of|in) (?:the|your) process|
                                   in the process|(?:the|your) process (?:take|
                                   look)|(?:last|final|remaining) steps?
3.0  | the decision timeline     | timeline|time ?frame|(?:make|made|making|reach|reaching) a (?:final |
                                   hiring )?decision|(?:hiring|final) decision|
                                   decision (?:is|be|will be|gets) made|deadline
3.0  | the decision timeline     | (?:expect|hope|hoping|plan|planning|
                                   aim|want) to (?:decide|make a decision|
                                   fill|have (?:someone|a decision)|extend)|someone in place|(?:fill|
                                   filling) (?:the|this) (?:role|position|job|opening|spot)
3.0  | the decision timeline     | (?:when|how soon) (?:do|does|will|
                                   would|are|can|could|should|might) (?:you|
                                   we|the team|i|they|the committee|hr)(?: \w+){0,3}? (?:decide|decision|
                                   hear|fill|have someone|know|expect)
3.0  | the decision timeline     | who (?:makes|will make|decides|has) (?:the )?(?:final )?(?:decision|
                                   say|call)|how long (?:does|will|
                                   do|would) (?:the|your|this) (?:process|
                                   hiring|credentialing|ranking)|weeks does (?:the|your) process
1.5  | the decision timeline     | decide|decision|choice|outcome|make up your mind|verdict
3.0  | the decision timeline     | before (?:you|a|the) (?:make|makes|
                                   decide|decision|choice|final)|(?:getting|
                                   get) back to (?:candidates|me|people|
                                   everyone)|hear about (?:the )?(?:outcome|decision|result)
3.0  | the interview rounds      | another (?:conversation|interview|
                                   meeting|call|round)|(?:the )?last one|final (?:panel|interview|round|
                                   stage|conversation)|oral board|eligibility list|list (?:comes|
                                   come) out|(?:ability|agility|physical|
                                   written) test|sample lesson|observe (?:a|my)
3.0  | next steps                | (?:next|coming|following) (?:couple of |
                                   few )?(?:weeks|days)|what should i expect|
                                   where (?:are you|things stand) in (?:the )?(?:hiring|process|search)
3.0  | the decision timeline     | involved in (?:deciding|the decision|
                                   hiring|the hiring)|who else (?:will|would|is) (?:be )?involved|(?:a|
                                   the) date (?:by which|when)|by when|
                                   have an answer|(?:an|your) answer by
2.5  | the decision timeline     | make offers?|offers? (?:by|over|via) (?:phone|email)|extend (?:an |
                                   the )?offer
3.0  | start date                | target date|(?:date|when) (?:for )?(?:the (?:person|
                                   new hire)|someone|me) to (?:begin|start)
3.0  | start date                | start(?:ing)? dates?|(?:want|need|
                                   like) (?:\w+ ){0,3}?to start|when (?:would|
                                   could|can|will|do) (?:i|we|you|
                                   they|the new hire|someone) (?:\w+ ){0,3}?start|
                                   before (?:a|the) new hire can start
3.0  | follow-up                 | hear (?:back|from you|from (?:the|a|hr|someone))|follow(?:ing)?[- ]up|
                                   (?:let|tell) (?:candidates|everyone|
                                   us) know|contact (?:you|me|someone)|(?:reach|get) (?:back|in touch)|
                                   either way|who should i (?:contact|reach|email|call)
3.0  | the interview rounds      | (?:how many|more|other|remaining|further|additional|another|second|
                                   third|final|last|panel|onsite|on-site|
                                   in-person|virtual|video|phone|next|
                                   group|working) (?:rounds?|interviews?|
                                   stages?)|rounds? (?:of interviews?|
                                   left|remaining)|interviews? (?:left|remaining)
3.0  | the interview rounds      | in person or (?:on video|virtual|remote|by phone|over zoom)|(?:what|
                                   which) format
2.5  | references                | references?|referees
2.5  | assessments               | (?:skills?|trade|written|practical|
                                   typing|personality|aptitude|technical|
                                   coding|take-home|writing) (?:tests?|assessments?|exercises?|exams?)|
                                   work samples?|writing samples?
1.0  | assessments               | assessments?
2.5  | assessments               | (?:teaching|lesson) (?:demonstration|
                                   demo)|demo lessons?|demonstrations?|
                                   ride-alongs?|job shadow|working interview|
                                   presentations?|portfolio|exams?
2.5  | the hiring steps          | civil service (?:ranking|list|exam)|rankings?|credential\w*|(?:hiring|
                                   search|selection) committees?|board (?:approv\w*|
                                   meeting)|approve new hires|transcripts?|
                                   certificates?|forms?|paperwork|application
2.5  | who you'll meet           | (?:meet|meeting|talk to|speak with|
                                   speak to|talk with) (?:with )?(?:the|anyone|someone|other|more|your)|
                                   who else (?:will|would|should|might) i (?:be )?(?:meet|
                                   meeting|talk|talking|speak|speaking)|
                                   who (?:will|would) i (?:meet|be meeting|interview)
3.0  | who you'll meet           | (?:will|would) i (?:get to |have a chance to )?meet|
                                   chance to meet|anyone else i should (?:talk|
                                   speak|meet)|who (?:will|would) be (?:part of|
                                   on) the (?:final )?(?:panel|committee|interview)
2.5  | follow-up                 | anything else (?:i can|you need|
                                   i should|that would)|anything else from me|
                                   (?:send|provide|bring|brought) (?:you )?(?:anything|
                                   any|more|my|a list|references|materials|samples)
2.5  | the interview rounds      | scheduled|when (?:will|would|is) (?:the|
                                   my) (?:\w+ )?(?:test|exam|interview|round)
1.0  | the hiring steps          | recruiter|hr|human resources
3.0  | follow-up                 | reach(?:ing)? out to|finalists
3.0  | the interview rounds      | (?:make it|get|go on|move on|advance|progress) to (?:the )?(?:panel|final|
                                   next|second|onsite|on-site|shortlist|short list)|short-?list\w*
3.0  | the interview rounds      | (?:technical|coding|behaviou?ral|case|system design|design|skills?|
                                   take-home|whiteboard|live coding|culture|team|group) (?:rounds?|
                                   interviews?|screens?)|take-home (?:assignments?|exercises?|tests?|
                                   tasks?|projects?|challenges?)
"""

# Phrases that contain a cue word but mean something else; blanked before matching.


@dataclass(frozen=True)
class Cue:
    category: str
    weight: float
    topic: str
    pattern: str
    negatable: bool = True


SEVERE = frozenset({"premature", "red_flag"})


def _cue_table(category: str, table: str) -> list[Cue]:
    cues: list[Cue] = []
    for line in table.strip("\n").splitlines():
        if line.startswith(" ") and cues:
            last = cues[-1]
            cues[-1] = replace(last, pattern=last.pattern + line.lstrip(" "))
            continue
        weight, topic, pattern = (field.strip() for field in line.split("|", 2))
        negatable = category in SEVERE and not weight.startswith("!")
        cues.append(Cue(category, float(weight.lstrip("!")), topic, pattern, negatable))
    return [replace(cue, pattern=_expand(cue.pattern)) for cue in cues]


def _expand(pattern: str) -> str:
    return pattern.replace("{ORG}", _ORG).replace("{YOU}", _YOU).replace("{NUM}", _NUM)


def _all_cues() -> tuple[Cue, ...]:
    tables = (
        ("premature", _PREMATURE),
        ("red_flag", _RED_FLAG),
        ("research", _RESEARCH),
        ("role", _ROLE),
        ("process", _PROCESS),
    )
    return tuple(cue for category, table in tables for cue in _cue_table(category, table))


CUES = _all_cues()
# Longer patterns first, so that the leftmost match is the most specific cue.
_ORDERED = tuple(sorted(range(len(CUES)), key=lambda i: -len(CUES[i].pattern)))
_EACH_CUE = tuple(re.compile(f"(?:{CUES[i].pattern})") for i in _ORDERED)
_WORD_START = re.compile(r"(?<![\w'-])[\w$]")
_END = r"(?![\w])"


def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, i: int) -> int:
    depth = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        depth += {"(": 1, ")": -1}.get(pattern[i], 0)
        if depth == 0:
            return i
        i += 1
    raise ValueError(f"unbalanced pattern {pattern!r}")


PREFIX_LENGTH = 3


def _quantifier(pattern: str, i: int) -> tuple[bool, bool, int]:
    """For the atom ending before i: may it be skipped, may it repeat, and where the next atom starts."""
    if i >= len(pattern) or pattern[i] not in "?*+{":
        return False, False, i
    if pattern[i] == "{":
        end = pattern.index("}", i) + 1
        optional, repeats = pattern.startswith("{0", i), True
    else:
        end, optional, repeats = i + 1, pattern[i] in "?*", pattern[i] in "*+"
    if end < len(pattern) and pattern[end] == "?":  # a lazy quantifier
        end += 1
    return optional, repeats, end


def prefixes(pattern: str, k: int = PREFIX_LENGTH) -> frozenset[str] | None:
    """Strings (at most k characters) one of which every match of the pattern starts with.

    A small reader for the cue patterns above, conservative by design: a shorter prefix, or None
    (could start with anything), is always a safe answer; it only costs speed, never a missed cue.
    """
    found: set[str] = set()
    for branch in _split_top(pattern):
        starts = _sequence_prefixes(branch, k)
        if starts is None:
            return None
        found |= starts
    return frozenset(found)


def _atom(seq: str, i: int, k: int) -> tuple[frozenset[str] | None, bool, int]:
    """Prefixes of the atom at i, whether it is a group (not extended past), and its end."""
    c = seq[i]
    if c == "(":
        end = _closing(seq, i)
        inner = seq[i + 1 : end]
        return prefixes(inner[2:] if inner.startswith("?:") else inner, k), True, end + 1
    if c == "\\":
        code = seq[i + 1]
        chars = "0123456789" if code == "d" else None if code in "wWsSDb" else code
        return (None if chars is None else frozenset(chars)), False, i + 2
    if c in "[.^$":
        return None, False, i + 1
    return frozenset(c), False, i + 1


def _sequence_prefixes(seq: str, k: int) -> set[str] | None:
    growing: set[str] = {""}
    final: set[str] = set()
    i = 0
    while i < len(seq) and growing:
        if seq.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _closing(seq, i) + 1
            continue
        chars, is_group, i = _atom(seq, i, k)
        optional, repeats, i = _quantifier(seq, i)
        if chars is None:
            final |= growing
            break
        extended = {(g + c)[:k] for g in growing for c in chars}
        done = {e for e in extended if len(e) >= k or is_group or repeats}
        final |= done
        growing = (extended - done) | (growing if optional else set())
    final |= growing
    return None if "" in final else final


def _bucket(indices: list[int]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(f"(?:{CUES[i].pattern})" for i in indices) + ")" + _END)


class _Scanner:
    """Leftmost-first matching of many cue patterns, tried only where a word starts and only
    with the patterns that can begin with the next few characters there."""

    def __init__(self, indices: list[int]) -> None:
        self.indices = indices
        self.starts = {i: prefixes(CUES[i].pattern) for i in indices}
        self.by_key: dict[str, re.Pattern[str] | None] = {}
        self.compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _for_key(self, key: str) -> re.Pattern[str] | None:
        chosen = tuple(
            i
            for i in self.indices
            if (starts := self.starts[i]) is None or any(key.startswith(p) or p.startswith(key) for p in starts)
        )
        if not chosen:
            return None
        if chosen not in self.compiled:
            self.compiled[chosen] = _bucket(list(chosen))
        return self.compiled[chosen]

    def spans(self, text: str, ranges: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
        """Leftmost-first cue matches, each (start, end, text); with `ranges`, only matches that
        start inside one of them (in order, not overlapping)."""
        found: list[tuple[int, int, str]] = []
        end = 0
        starts = (
            _WORD_START.finditer(text)
            if ranges is None
            else (m for a, b in ranges for m in _WORD_START.finditer(text, a, b))
        )
        for start in starts:
            pos = start.start()
            if pos < end:
                continue
            key = text[pos : pos + PREFIX_LENGTH]
            if key not in self.by_key:
                self.by_key[key] = self._for_key(key)
            pattern = self.by_key[key]
            match = pattern.match(text, pos) if pattern is not None else None
            if match:
                found.append((pos, match.end(), match.group(0)))
                end = match.end()
        return found


ALL_SCANNER = _Scanner(list(_ORDERED))
# A second scan for the costly categories only, so that a longer cue of another category
# ("how is commission structured") cannot hide a pay or red-flag word inside it.
SEVERE_SCANNER = _Scanner([i for i in _ORDERED if CUES[i].category in SEVERE])


@lru_cache(maxsize=16384)
def cues_for(matched: str) -> tuple[int, ...]:
    """The strongest cue of each category that matches this exact text (a phrase can count twice)."""
    best: dict[str, int] = {}
    for k, pattern in enumerate(_EACH_CUE):
        index = _ORDERED[k]
        category = CUES[index].category
        if pattern.fullmatch(matched) and (category not in best or CUES[index].weight > CUES[best[category]].weight):
            best[category] = index
    return tuple(best.values())

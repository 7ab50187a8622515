/**
 * Commonly confused words and eggcorns, each in the set phrases where news
 * copy uses them, with the correction. Only the facts are taken (which
 * phrase is wrong and which is right), from the standard references:
 * Wikipedia's "List of commonly misused English words" and "List of English
 * words and phrases with commonly confused spellings", the Eggcorn Database
 * (eggcorns.lascribe.net), Paul Brians' "Common Errors in English Usage",
 * and the confused pairs of the AP Stylebook and Garner's Modern English
 * Usage.
 *
 * Precision first: a pair is listed only in phrases where the wrong word is
 * not good English. "loose control" (loose, the adjective) and "a short
 * reign" are sound, so "lose" and "rein" are listed with a possessive or a
 * noun that makes the verb certain ("loose~ {poss} job", "tight reign");
 * "military aid to" is sound, so "aid"/"aide" is listed only for titles
 * before a verb of saying; "laid bare the cost" is sound, so "bare the cost"
 * is listed in the other forms only ("bared the cost"). The pattern language (verb forms `~`, choices
 * `(a|b)`, slots `{obj}`) is described in ../phrase-pattern.ts; every row's
 * tests are generated from the row (test/unit/grammar/fixed-phrase.test.ts).
 */
export const CONFUSED_WORDS: readonly (readonly [wrong: string, right: string])[] = [
  // affect / effect
  ['take~ affect', 'take~ effect'],
  [
    '(come|comes|came|coming|go|goes|went|going|put|puts|putting|brought|bring|bringing) into affect',
    '(come|comes|came|coming|go|goes|went|going|put|puts|putting|brought|bring|bringing) into effect',
  ],
  ['side affects', 'side effects'],
  ['side affect', 'side effect'],
  ['adverse affects', 'adverse effects'],
  ['(the|its|their|his|her) affects of', '(the|its|their|his|her) effects of'],
  ['to no affect', 'to no effect'],
  ['with immediate affect', 'with immediate effect'],
  ['(had|has|have|having) (an|no|little|any|some) affect on', '(had|has|have|having) (an|no|little|any|some) effect on'],
  ['personal affects', 'personal effects'],
  ['special affects', 'special effects'],
  ['sound affects', 'sound effects'],
  [
    '(greenhouse|domino|ripple|knock-on|chilling|butterfly|placebo|halo|snowball|spillover|multiplier|bandwagon) affect',
    '(greenhouse|domino|ripple|knock-on|chilling|butterfly|placebo|halo|snowball|spillover|multiplier|bandwagon) effect',
  ],
  ['the desired affect', 'the desired effect'],
  ['to that affect', 'to that effect'],
  ['in full affect', 'in full effect'],
  // accept / except
  [
    'except~+ {det} (offer|invitation|award|nomination|position|job|deal|terms|apology|challenge|resignation|responsibility|results|verdict|plea)',
    'accept~ {det} (offer|invitation|award|nomination|position|job|deal|terms|apology|challenge|resignation|responsibility|results|verdict|plea)',
  ],
  [
    '(will|would|to|not|refused|refuse|refuses) except (the|an|a|his|her|their|responsibility|blame|defeat)',
    '(will|would|to|not|refused|refuse|refuses) accept (the|an|a|his|her|their|responsibility|blame|defeat)',
  ],
  // principal / principle
  ['agree~+ in principal', 'agree~ in principle'],
  ['a matter of principal', 'a matter of principle'],
  ['school principle', 'school principal'],
  ['(the|a) principle of the school', '(the|a) principal of the school'],
  // complement / compliment
  ['(pay|paid|paying|pays) (a|him|her|them) complement', '(pay|paid|paying|pays) (a|him|her|them) compliment'],
  ['backhanded complement', 'backhanded compliment'],
  ['full compliment of', 'full complement of'],
  // lose / loose
  [
    'loose~ {poss} (job|jobs|life|lives|home|homes|seat|seats|licence|license|temper|cool|mind|balance|footing|grip|edge|lead|place|title|majority|way|sight|voice|nerve|patience|appeal|status|bearings|shirt|house|case|spot)',
    'lose~ {poss} (job|jobs|life|lives|home|homes|seat|seats|licence|license|temper|cool|mind|balance|footing|grip|edge|lead|place|title|majority|way|sight|voice|nerve|patience|appeal|status|bearings|shirt|house|case|spot)',
  ],
  [
    'loosing (sight|track|touch|control|ground|money|faith|hope|patience|interest|momentum|power|steam|support|weight|count)',
    'losing (sight|track|touch|control|ground|money|faith|hope|patience|interest|momentum|power|steam|support|weight|count)',
  ],
  ['loose~ (sight|track|touch|count) of', 'lose~ (sight|track|touch|count) of'],
  ['nothing to loose', 'nothing to lose'],
  ['(win|won|wins|winning) or loose', '(win|won|wins|winning) or lose'],
  // lead / led
  ['(was|were|been|being|is|are) lead by', '(was|were|been|being|is|are) led by'],
  [
    '(has|have|had) {adv} lead (the|a|an|his|her|their|its|them|him|us|efforts|calls|protests)',
    '(has|have|had) {adv} led (the|a|an|his|her|their|its|them|him|us|efforts|calls|protests)',
  ],
  ['(was|were|been) lead to believe', '(was|were|been) led to believe'],
  // breath / breathe
  ['breath~ a sigh of relief', 'breathe~ a sigh of relief'],
  ['breath~ life into', 'breathe~ life into'],
  ['breath (easier|easy)', 'breathe (easier|easy)'],
  ['catch~ {poss} breathe', 'catch~ {poss} breath'],
  ['hold~ {poss} breathe', 'hold~ {poss} breath'],
  ['out of breathe', 'out of breath'],
  ['under {poss} breathe', 'under {poss} breath'],
  ['in the same breathe', 'in the same breath'],
  ['a deep breathe', 'a deep breath'],
  // bare / bear
  ['bare~ the brunt', 'bear~ the brunt'],
  ['bare~ witness', 'bear~ witness'],
  ['bare~+ the (burden|cost|costs|responsibility|blame|weight)', 'bear~ the (burden|cost|costs|responsibility|blame|weight)'],
  ['bare~ (no|little|a|any) resemblance', 'bear~ (no|little|a|any) resemblance'],
  ['grin and bare it', 'grin and bear it'],
  ['bear~ {poss} (soul|teeth|chest|heart)', 'bare~ {poss} (soul|teeth|chest|heart)'],
  ['the bear (minimum|necessities|essentials)', 'the bare (minimum|necessities|essentials)'],
  ['bear minimum', 'bare minimum'],
  ['(his|her|their|my|your|our) bear hands', '(his|her|their|my|your|our) bare hands'],
  // reign / rein
  ['reign~ in {poss} (spending|costs|budget|borrowing|excesses|ambitions)', 'rein~ in {poss} (spending|costs|budget|borrowing|excesses|ambitions)'],
  [
    'reign~ in (spending|costs|inflation|borrowing|prices|expenses|excesses|emissions)',
    'rein~ in (spending|costs|inflation|borrowing|prices|expenses|excesses|emissions)',
  ],
  ['tight reign', 'tight rein'],
  ['the reigns of (power|government)', 'the reins of (power|government)'],
  ['take~ the reigns', 'take~ the reins'],
  ['(hand|hands|handed|handing) over the reigns', '(hand|hands|handed|handing) over the reins'],
  ['rein~ supreme', 'reign~ supreme'],
  // pore / pour
  [
    'pour~ over {det} (documents|details|records|files|data|reports|papers|evidence|footage|maps|books|notes|results|figures|numbers|emails|transcripts|photos|pages)',
    'pore~ over {det} (documents|details|records|files|data|reports|papers|evidence|footage|maps|books|notes|results|figures|numbers|emails|transcripts|photos|pages)',
  ],
  // peek / peak / pique
  ['take~ a peak', 'take~ a peek'],
  ['a sneak-peak', 'a sneak peek'],
  ['peek~ {obj} (interest|curiosity)', 'pique~ {obj} (interest|curiosity)'],
  ['peak~ {obj} curiosity', 'pique~ {obj} curiosity'],
  // tack / tact
  ['(change|changes|changed|changing|switch|switched|shifted|shift) tact', '(change|changes|changed|changing|switch|switched|shifted|shift) tack'],
  ['(a|another) (different|new) tact', '(a|another) (different|new) tack'],
  // brake / break
  ['(take|took|takes|taking) a brake', '(take|took|takes|taking) a break'],
  ['a brake from', 'a break from'],
  ['(lunch|coffee|spring|summer|winter|christmas|tax|commercial|bathroom) brake', '(lunch|coffee|spring|summer|winter|christmas|tax|commercial|bathroom) break'],
  ['brake~ the (law|record|news|rules|deadlock|impasse|ice|silence|stalemate)', 'break~ the (law|record|news|rules|deadlock|impasse|ice|silence|stalemate)'],
  ['brake~ {poss} silence', 'break~ {poss} silence'],
  ['brake even', 'break even'],
  // breach / breech
  [
    'breech of (contract|trust|security|duty|privacy|protocol|confidentiality|promise)',
    'breach of (contract|trust|security|duty|privacy|protocol|confidentiality|promise)',
  ],
  ['(data|security) breech', '(data|security) breach'],
  // bridal / bridle
  ['bridle (party|shower|suite|gown|gowns|dress|dresses|magazine|boutique)', 'bridal (party|shower|suite|gown|gowns|dress|dresses|magazine|boutique)'],
  // canvas / canvass
  ['canvas~ (voters|residents|neighbors|neighbours|opinion|opinions)', 'canvass~ (voters|residents|neighbors|neighbours|opinion|opinions)'],
  // capital / capitol
  [
    'capitol (city|gains|punishment|letters|investment|expenditure|markets|offence|offense|crime)',
    'capital (city|gains|punishment|letters|investment|expenditure|markets|offence|offense|crime)',
  ],
  // cite / site / sight
  ['out of site', 'out of sight'],
  ['in plain site', 'in plain sight'],
  ['line of site', 'line of sight'],
  ['site unseen', 'sight unseen'],
  ['lose~ site of', 'lose~ sight of'],
  ['(construction|burial|crash|landing|launch) sight', '(construction|burial|crash|landing|launch) site'],
  [
    'site~ (the|a|an) (study|report|example|statistics|figures|survey|data|case|reasons|concerns|poll|research)',
    'cite~ (the|a|an) (study|report|example|statistics|figures|survey|data|case|reasons|concerns|poll|research)',
  ],
  // coarse / course
  ['of coarse', 'of course'],
  ['coarse of action', 'course of action'],
  ['in due coarse', 'in due course'],
  ['(golf|crash|race|obstacle) coarse', '(golf|crash|race|obstacle) course'],
  // council / counsel
  ['legal council', 'legal counsel'],
  ['keep~ {poss} own council', 'keep~ {poss} own counsel'],
  // current / currant
  [
    'currant (events|affairs|situation|system|government|president|administration|crisis|climate|account|year|season|trend|state|rules|law|leader|leaders|members)',
    'current (events|affairs|situation|system|government|president|administration|crisis|climate|account|year|season|trend|state|rules|law|leader|leaders|members)',
  ],
  // desert / dessert
  ['dessert island', 'desert island'],
  ['the (sahara|gobi|mojave|arabian|negev|sinai|kalahari|atacama|syrian) dessert', 'the (sahara|gobi|mojave|arabian|negev|sinai|kalahari|atacama|syrian) desert'],
  // elicit / illicit
  ['illicit~ (a|an) (response|reaction|confession)', 'elicit~ (a|an) (response|reaction|confession)'],
  [
    'elicit (drugs|substances|affair|affairs|relationship|weapons|trafficking|drug|substance)',
    'illicit (drugs|substances|affair|affairs|relationship|weapons|trafficking|drug|substance)',
  ],
  // eminent / imminent
  [
    'eminent (danger|threat|attack|collapse|arrival|invasion|strike|threats|departure|release|launch|risk)',
    'imminent (danger|threat|attack|collapse|arrival|invasion|strike|threats|departure|release|launch|risk)',
  ],
  ['imminent domain', 'eminent domain'],
  // faze / phase
  ['(not|never) phased by', '(not|never) fazed by'],
  ["(didn't|doesn't|don't|won't|wouldn't|hasn't|never) phase (him|her|them|me|us)", "(didn't|doesn't|don't|won't|wouldn't|hasn't|never) faze (him|her|them|me|us)"],
  ['unphased', 'unfazed'],
  ['un-phased', 'unfazed'],
  ['faze~ in', 'phase~ in'],
  // flair / flare
  ['flair~ up', 'flare~ up'],
  ['flair-up', 'flare-up'],
  ['flair-ups', 'flare-ups'],
  // foreword / forward
  [
    '(move|moving|moved|moves|step|stepped|steps|stepping|going|way|look|looking|looked|looks|came|come|comes|coming|pushed|push|pushing|bring|brought|put|fast) foreword',
    '(move|moving|moved|moves|step|stepped|steps|stepping|going|way|look|looking|looked|looks|came|come|comes|coming|pushed|push|pushing|bring|brought|put|fast) forward',
  ],
  // hoard / horde
  [
    'hoards of (people|fans|tourists|visitors|reporters|protesters|journalists|shoppers|migrants|supporters|zombies|students)',
    'hordes of (people|fans|tourists|visitors|reporters|protesters|journalists|shoppers|migrants|supporters|zombies|students)',
  ],
  [
    '(a|the) hoard of (tourists|fans|reporters|protesters|journalists|shoppers|supporters|zombies|people|visitors)',
    '(a|the) horde of (tourists|fans|reporters|protesters|journalists|shoppers|supporters|zombies|people|visitors)',
  ],
  ['horde~+ (cash|gold|food|supplies|money|data|goods)', 'hoard~ (cash|gold|food|supplies|money|data|goods)'],
  // loath / loathe
  ['(is|was|are|were|be|been|seem|seemed|seems|remain|remains|remained) loathe to', '(is|was|are|were|be|been|seem|seemed|seems|remain|remains|remained) loath to'],
  // martial / marshal
  ['marshal arts', 'martial arts'],
  ['court marshal', 'court-martial'],
  ['court-marshal', 'court-martial'],
  ['court-marshaled', 'court-martialed'],
  ['court-marshalled', 'court-martialled'],
  // naval / navel
  [
    'navel (base|officer|officers|academy|vessel|vessels|ship|ships|fleet|forces|exercises|blockade|commander|station|warfare|power|yard|drills|patrol|chief|operations)',
    'naval (base|officer|officers|academy|vessel|vessels|ship|ships|fleet|forces|exercises|blockade|commander|station|warfare|power|yard|drills|patrol|chief|operations)',
  ],
  ['naval-gazing', 'navel-gazing'],
  ['naval gazing', 'navel-gazing'],
  ['naval orange', 'navel orange'],
  ['naval oranges', 'navel oranges'],
  // pedal / peddle
  ['back-peddle', 'backpedal'],
  ['back-peddled', 'backpedaled'],
  ['back-peddling', 'backpedaling'],
  ['backpeddle', 'backpedal'],
  ['backpeddled', 'backpedaled'],
  ['backpeddling', 'backpedaling'],
  ['soft-peddle', 'soft-pedal'],
  ['soft-peddled', 'soft-pedaled'],
  ['soft-peddling', 'soft-pedaling'],
  [
    'pedal~ (drugs|influence|lies|conspiracies|misinformation|disinformation|propaganda|theories|falsehoods)',
    'peddle~ (drugs|influence|lies|conspiracies|misinformation|disinformation|propaganda|theories|falsehoods)',
  ],
  // plain / plane
  ['plane clothes', 'plain clothes'],
  ['plane-clothes', 'plain-clothes'],
  [
    'plain (crash|crashes|ticket|tickets|crashed|hijacking|hijacker|hijackers|passengers|wreckage)',
    'plane (crash|crashes|ticket|tickets|crashed|hijacking|hijacker|hijackers|passengers|wreckage)',
  ],
  ['in plane (sight|view)', 'in plain (sight|view)'],
  ['plane and simple', 'plain and simple'],
  // role / roll
  ['roll model', 'role model'],
  ['roll models', 'role models'],
  [
    '(play|plays|played|playing) a (key|major|big|crucial|central|pivotal|vital|leading|minor|significant|large|small|huge) roll',
    '(play|plays|played|playing) a (key|major|big|crucial|central|pivotal|vital|leading|minor|significant|large|small|huge) role',
  ],
  ['(starring|leading|supporting|title|pivotal|crucial|central) roll', '(starring|leading|supporting|title|pivotal|crucial|central) role'],
  ['role~ out the', 'roll~ out the'],
  ['role call', 'roll call'],
  ['on a role', 'on a roll'],
  // shudder / shutter
  ['shutter to think', 'shudder to think'],
  [
    'shudder~+ {det} (doors|store|stores|shop|shops|plant|plants|factory|factories|business|businesses|office|offices)',
    'shutter~ {det} (doors|store|stores|shop|shops|plant|plants|factory|factories|business|businesses|office|offices)',
  ],
  // sow / sew
  ['sew~ the seeds of', 'sow~ the seeds of'],
  ['sew~ (discord|division|doubt|confusion|chaos|distrust|mistrust|fear|panic)', 'sow~ (discord|division|doubt|confusion|chaos|distrust|mistrust|fear|panic)'],
  // yoke / yolk
  ['egg yoke', 'egg yolk'],
  ['egg yokes', 'egg yolks'],
  ['yolk of (oppression|tyranny|colonialism|slavery|communism|occupation)', 'yoke of (oppression|tyranny|colonialism|slavery|communism|occupation)'],
  // altar / alter
  ['(at|on) the alter', '(at|on) the altar'],
  ['alter boy', 'altar boy'],
  ['alter boys', 'altar boys'],
  // allude / elude
  ['elude~ to', 'allude~ to'],
  // aloud / allowed
  ["(not|never|aren't|isn't|wasn't|weren't|be|been|being) aloud to", "(not|never|aren't|isn't|wasn't|weren't|be|been|being) allowed to"],
  // cache / cash
  [
    '(a|the|large|huge|secret|hidden) cash of (weapons|arms|documents|drugs|explosives|ammunition|emails|files|guns)',
    '(a|the|large|huge|secret|hidden) cache of (weapons|arms|documents|drugs|explosives|ammunition|emails|files|guns)',
  ],
  // cue / queue
  ['take~ {poss} queue from', 'take~ {poss} cue from'],
  ['right on queue', 'right on cue'],
  // dual / duel
  [
    'duel (citizenship|role|roles|purpose|nationality|carriageway|mandate|income|incomes|nationals|national|citizen|citizens)',
    'dual (citizenship|role|roles|purpose|nationality|carriageway|mandate|income|incomes|nationals|national|citizen|citizens)',
  ],
  ['(fought|fight|fighting|fights) a dual', '(fought|fight|fighting|fights) a duel'],
  // hangar / hanger
  ['(aircraft|airplane|plane|maintenance) hanger', '(aircraft|airplane|plane|maintenance) hangar'],
  // heroin / heroine
  [
    'heroine (addict|addicts|addiction|overdose|overdoses|dealer|dealers|users|epidemic|trafficking|seizure|use)',
    'heroin (addict|addicts|addiction|overdose|overdoses|dealer|dealers|users|epidemic|trafficking|seizure|use)',
  ],
  // morale / moral
  ['(boost|boosts|boosted|boosting|sapped|sap|saps|sapping|troop) moral', '(boost|boosts|boosted|boosting|sapped|sap|saps|sapping|troop) morale'],
  ['moral (boost|booster)', 'morale (boost|booster)'],
  ['moral-boosting', 'morale-boosting'],
  // palate / palette / pallet
  ['(cleanse|cleanses|cleansed|cleansing) the pallet', '(cleanse|cleanses|cleansed|cleansing) the palate'],
  ['(cleanse|cleanses|cleansed|cleansing) the palette', '(cleanse|cleanses|cleansed|cleansing) the palate'],
  ['pallet cleanser', 'palate cleanser'],
  ['palette cleanser', 'palate cleanser'],
  // prey / pray
  ['(fall|falls|fell|fallen|falling) pray to', '(fall|falls|fell|fallen|falling) prey to'],
  ['birds of pray', 'birds of prey'],
  // populace / populous
  ['general populous', 'general populace'],
  // rationale / rational
  ['the rational (behind|for)', 'the rationale (behind|for)'],
  // tale / tail
  ['fairy tail', 'fairy tale'],
  ['fairy tails', 'fairy tales'],
  ['cautionary tail', 'cautionary tale'],
  ['tell-tail', 'telltale'],
  ['old wives tail', "old wives' tale"],
  // veil / vale
  ['thinly-vailed', 'thinly veiled'],
  ['thinly vailed', 'thinly veiled'],
  // waive / wave
  [
    'wave~ {det} (fee|fees|requirement|requirements|penalty|penalties|immunity|extradition|charges|debt|debts)',
    'waive~ {det} (fee|fees|requirement|requirements|penalty|penalties|immunity|extradition|charges|debt|debts)',
  ],
  ['wave~ {poss} right to', 'waive~ {poss} right to'],
  ['wave~ {poss} rights', 'waive~ {poss} rights'],
  // sheer / shear
  [
    'shear (number|volume|size|scale|luck|will|determination|madness|weight|amount|joy|panic|scale|magnitude|terror|exhaustion|brilliance|audacity|genius)',
    'sheer (number|volume|size|scale|luck|will|determination|madness|weight|amount|joy|panic|scale|magnitude|terror|exhaustion|brilliance|audacity|genius)',
  ],
  // sole / soul
  [
    'soul (purpose|survivor|owner|responsibility|reason|source|heir|proprietor|breadwinner|trader|custody|discretion)',
    'sole (purpose|survivor|owner|responsibility|reason|source|heir|proprietor|breadwinner|trader|custody|discretion)',
  ],
  ['heart and sole', 'heart and soul'],
  ['sole-searching', 'soul-searching'],
  ['sole searching', 'soul-searching'],
  // stake / steak
  ['at steak', 'at stake'],
  ['steakholders', 'stakeholders'],
  ['steakholder', 'stakeholder'],
  // aide / aid
  [
    '(senior|top|former|longtime|close|presidential|congressional|campaign|legislative|trusted) aid (said|says|who|told|was|has)',
    '(senior|top|former|longtime|close|presidential|congressional|campaign|legislative|trusted) aide (said|says|who|told|was|has)',
  ],
  // cord / chord
  ['strike~ a cord', 'strike~ a chord'],
  ['touch~ a cord', 'touch~ a chord'],
  ['(spinal|umbilical) chord', '(spinal|umbilical) cord'],
  ['(spinal|umbilical) chords', '(spinal|umbilical) cords'],
  // peace / piece
  [
    'peace of (cake|paper|evidence|advice|legislation|equipment|work|art|land|information|furniture|music|jewelry|jewellery|software|history)',
    'piece of (cake|paper|evidence|advice|legislation|equipment|work|art|land|information|furniture|music|jewelry|jewellery|software|history)',
  ],
  // lesson / lessen
  [
    '(learn|learned|learnt|learns|learning|valuable|hard|important|painful|history) lessen',
    '(learn|learned|learnt|learns|learning|valuable|hard|important|painful|history) lesson',
  ],
  ['a lessen', 'a lesson'],
  // lone / loan
  ['loan (wolf|gunman|survivor|attacker|shooter|dissenter|voice|holdout)', 'lone (wolf|gunman|survivor|attacker|shooter|dissenter|voice|holdout)'],
  // mettle / metal / medal
  [
    '(test|tests|tested|testing|prove|proved|proving|show|showed|showing) {poss} metal',
    '(test|tests|tested|testing|prove|proved|proving|show|showed|showing) {poss} mettle',
  ],
  ['(gold|silver|bronze|olympic) meddle', '(gold|silver|bronze|olympic) medal'],
  ['(gold|silver|bronze|olympic) meddles', '(gold|silver|bronze|olympic) medals'],
  // minor / miner
  [
    '(a|the) miner (injury|injuries|offense|offence|offenses|offences|setback|change|changes|issue|issues|incident|role|league|detail|details|repairs|adjustments|infraction)',
    '(a|the) minor (injury|injuries|offense|offence|offenses|offences|setback|change|changes|issue|issues|incident|role|league|detail|details|repairs|adjustments|infraction)',
  ],
  // pane / pain
  ['window pain', 'window pane'],
  ['window pains', 'window panes'],
  ['pain of glass', 'pane of glass'],
  // pare / pair
  ['pair~+ (down|back)', 'pare~ (down|back)'],
  // wry / rye
  [
    '(a|his|her|their) rye (smile|grin|look|humor|humour|sense|wit|remark|observation)',
    '(a|his|her|their) wry (smile|grin|look|humor|humour|sense|wit|remark|observation)',
  ],
  // sale / sail
  ['(up|put) for sail', '(up|put) for sale'],
  ['(yard|garage|bake|fire|clearance) sail', '(yard|garage|bake|fire|clearance) sale'],
  // undue / undo
  ['undo (influence|pressure|burden|hardship|attention|delay|concern|alarm)', 'undue (influence|pressure|burden|hardship|attention|delay|concern|alarm)'],
  // risk-averse
  ['risk adverse', 'risk-averse'],
  ['risk-adverse', 'risk-averse'],
  // ordnance
  ['unexploded ordinance', 'unexploded ordnance'],
  // trouper / troupe
  ['a real trooper', 'a real trouper'],
  ['(dance|theater|theatre|comedy|acting|circus) troop', '(dance|theater|theatre|comedy|acting|circus) troupe'],
  // suite / suit
  ['follow~ suite', 'follow~ suit'],
  ['(hotel|honeymoon|penthouse) suit', '(hotel|honeymoon|penthouse) suite'],
  // die / dye
  ['dye-hard', 'die-hard'],
  ['dye-hards', 'die-hards'],
  ['the dye is cast', 'the die is cast'],
  // foul / fowl
  ['fowl play', 'foul play'],
  ['fowl language', 'foul language'],
  // hale / hail
  ['hail and hearty', 'hale and hearty'],
  ['hale~ from', 'hail~ from'],
  // horse / hoarse
  ['dark hoarse', 'dark horse'],
  ['hoarse race', 'horse race'],
  ['horse voice', 'hoarse voice'],
  // idle / idol
  ['(pop|teen|matinee|matinée) idle', '(pop|teen|matinee|matinée) idol'],
  ['idol hands', 'idle hands'],
  [
    '(stood|stand|stands|sat|sit|sits|lay|lie|lain|remained|remain|remains|sitting|standing|lying) idol',
    '(stood|stand|stands|sat|sit|sits|lay|lie|lain|remained|remain|remains|sitting|standing|lying) idle',
  ],
  // incite / insight
  ['insight~ (violence|hatred|fear|panic|rebellion|unrest|riots|terrorism|racial|a)', 'incite~ (violence|hatred|fear|panic|rebellion|unrest|riots|terrorism|racial|a)'],
  ['(an|valuable|unique|rare|fresh|new) incite into', '(an|valuable|unique|rare|fresh|new) insight into'],
  // manner / manor
  [
    '(timely|similar|orderly|professional|respectful|polite|friendly|responsible|dignified|peaceful) manor',
    '(timely|similar|orderly|professional|respectful|polite|friendly|responsible|dignified|peaceful) manner',
  ],
  ['manor of speaking', 'manner of speaking'],
  ['all manor of', 'all manner of'],
  // plumb / plum
  ['plum~ the depths', 'plumb~ the depths'],
  ['(a|the) plumb (job|role|assignment|post|position|posting|spot)', '(a|the) plum (job|role|assignment|post|position|posting|spot)'],
  // pole / poll
  ['poll position', 'pole position'],
  // raze / raise
  ['raise~ to the ground', 'raze~ to the ground'],
  // rapt / wrapped
  ['wrapped attention', 'rapt attention'],
  // sum / some
  ['lump some', 'lump sum'],
  // stairs / stares
  ['flight of stares', 'flight of stairs'],
  // steel / steal
  ['nerves of steal', 'nerves of steel'],
  ['steal (mill|mills|industry|tariffs|beams)', 'steel (mill|mills|industry|tariffs|beams)'],
  // dire straits
  ['dire straights', 'dire straits'],
  // teeming
  ['teaming with (life|tourists|fish|wildlife|crowds|insects|rats)', 'teeming with (life|tourists|fish|wildlife|crowds|insects|rats)'],
  // waste / waist
  ['(a|total|complete) waist of (time|money|resources|energy|effort|space|talent)', '(a|total|complete) waste of (time|money|resources|energy|effort|space|talent)'],
  ['waste-deep', 'waist-deep'],
  ['waste deep', 'waist-deep'],
  ['waste-high', 'waist-high'],
  // witch hunt
  ['which hunt', 'witch hunt'],
  ['which-hunt', 'witch-hunt'],
  ['which hunts', 'witch hunts'],
  // vein / vain
  ['in the same vain', 'in the same vein'],
  ['(was|were|all|not|is|be|been) in vein', '(was|were|all|not|is|be|been) in vain'],
  // vice versa
  ['visa versa', 'vice versa'],
  ['vise versa', 'vice versa'],
  // through / threw
  [
    '(went|go|goes|going|get|gets|got|getting|came|come|coming|broke|break|follow|followed|following|follows|fall|fell|falls|falling|sift|sifting|sifted|push|pushed|pushing|see|saw|seen|pass|passed|passing|walked|walk|ran|run|running|drove|drive|driving) threw',
    '(went|go|goes|going|get|gets|got|getting|came|come|coming|broke|break|follow|followed|following|follows|fall|fell|falls|falling|sift|sifting|sifted|push|pushed|pushing|see|saw|seen|pass|passed|passing|walked|walk|ran|run|running|drove|drive|driving) through',
  ],
  // taut
  ['a taught (thriller|drama|rope|wire)', 'a taut (thriller|drama|rope|wire)'],
  // past / passed
  ['(in|over|for|during) the passed', '(in|over|for|during) the past'],
  [
    '(he|she|who|they|recently|peacefully|sadly|suddenly|unexpectedly|tragically) past away',
    '(he|she|who|they|recently|peacefully|sadly|suddenly|unexpectedly|tragically) passed away',
  ],
  ['(has|have|had) {adv} past (away|the|a|an)', '(has|have|had) {adv} passed (away|the|a|an)'],
  // then / than
  [
    '(more|less|fewer|greater|higher|lower|better|worse|larger|smaller|bigger|older|younger|longer|faster|slower|cheaper|stronger|weaker) then (expected|ever|usual|anticipated|planned|forecast|predicted)',
    '(more|less|fewer|greater|higher|lower|better|worse|larger|smaller|bigger|older|younger|longer|faster|slower|cheaper|stronger|weaker) than (expected|ever|usual|anticipated|planned|forecast|predicted)',
  ],
  // its / it's
  ['its (a|an|the|not|been|also|never)', "it's (a|an|the|not|been|also|never)"],
  // your / you're
  ['your (not|a|an|the|gonna)', "you're (not|a|an|the|gonna)"],
  ["you're own", 'your own'],
  // their / there / they're
  ["they're own", 'their own'],
  ['there own', 'their own'],
  ['their (will|must|might|could|would|should|may|has|have) (be|been)', 'there (will|must|might|could|would|should|may|has|have) (be|been)'],
  ['whose (been|going|got)', "who's (been|going|got)"],
  // to / too
  ['all to (often|well)', 'all too (often|well)'],
  ['in order too', 'in order to'],
  // lay / lie
  ['laying in (bed|wait|state|hospital)', 'lying in (bed|wait|state|hospital)'],
  [
    'laying on (the|his|her|their) (ground|floor|back|side|stomach|bed|couch|sofa|road|street|pavement)',
    'lying on (the|his|her|their) (ground|floor|back|side|stomach|bed|couch|sofa|road|street|pavement)',
  ],
  ['laying (dormant|idle)', 'lying (dormant|idle)'],
  ['lays dormant', 'lies dormant'],
];

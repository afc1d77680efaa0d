// The decision table as a specification: which features lead to which action. One row per rule
// of issue 11, plus the order in which rules win over each other.
import { describe, expect, it } from 'vitest';
import { decide, decisionTable, featureNames, type Action, type Feature } from '../../src/assistant/understand/table.js';

const cases: Array<[string, Feature[], Action]> = [
  ['a command wins over everything', ['command', 'faqAnswer', 'filters', 'seeking'], 'command'],
  ['feedback right after an answer', ['feedback', 'faqAnswer'], 'feedback'],
  ['wanting a person goes to the contact, not to a FAQ', ['wantsHuman', 'faqAnswer'], 'contact'],
  ['whether the bot is a person gets the FAQ on the bot, even in words of wanting a person ("Bist du eine echte Person?")', ['botIdentity', 'wantsHuman', 'faqAnswer'], 'faq'],
  ['"das hilft mir nicht" offers other candidates', ['notHelpful', 'faqChoices'], 'notHelpful'],
  ['a role answer to the open role question', ['awaitingRole', 'roleNamed'], 'recommend'],
  ['a role plus a request for training in any wording', ['roleNamed', 'trainingRequest', 'filters'], 'recommend'],
  ['a role statement alone', ['roleNamed', 'roleStatement'], 'recommend'],
  ['a role statement told around something the FAQ answers surely, without a wish for training, gets the FAQ', ['roleNamed', 'roleStatement', 'faqAnswer', 'faqBesideRole'], 'faq'],
  ['but with a request for training it recommends', ['roleNamed', 'roleStatement', 'trainingRequest', 'faqAnswer', 'faqBesideRole'], 'recommend'],
  ['a role statement whose own words find a FAQ ("Ich mache Pressearbeit") recommends', ['roleNamed', 'roleStatement', 'faqAnswer'], 'recommend'],
  ['a role and a need for training, without asking what fits ("ich solle mich als Inklusionsbeauftragte weiterbilden")', ['roleNamed', 'needsTraining'], 'recommend'],
  ['a need for training named in a question about the programme is no recommendation', ['roleNamed', 'needsTraining', 'programmeQuestion', 'faqChoices'], 'didYouMean'],
  ['a sure FAQ on choosing training does not outweigh the role said ("ich soll mich als Koordinatorin fortbilden")', ['roleNamed', 'needsTraining', 'faqAnswer'], 'recommend'],
  ['but a question of its own after the role does', ['roleNamed', 'needsTraining', 'asksOther', 'faqAnswer'], 'faq'],
  ['a need for training on a topic with no role: the seminars on it', ['needsTraining', 'filters', 'faqAnswer'], 'lookup'],
  ['a role statement followed by a question of its own is no recommendation ("Ich bin Kämmerin. Wann ist die nächste Ziehung?")', ['roleNamed', 'roleStatement', 'asksOther', 'offTopic'], 'fallback'],
  ['a yes/no question about the programme naming a role, with a sure FAQ ("Sind die Seminare für Ehrenamtliche kostenlos?")', ['programmeQuestion', 'roleNamed', 'trainingRequest', 'faqAnswer'], 'faq'],
  ['but asking what fits that role recommends ("Kann man Ehrenamtlichen etwas empfehlen?")', ['programmeQuestion', 'roleNamed', 'trainingRequest', 'asksRecommendation', 'faqAnswer'], 'recommend'],
  ['a job without a programme role and training on a topic wished for: the seminars on it, though the job\'s words are unknown ("Ich bin Hausmeister … lohnt sich ein Seminar zur Barrierefreiheit?")', ['jobTraining', 'roleStatement', 'filters', 'asksRecommendation', 'programmeQuestion', 'offTopic', 'faqAnswer'], 'lookup'],
  ['but not when unknown words are most of the message', ['jobTraining', 'roleStatement', 'filters', 'trainingRequest', 'offTopic', 'mostlyUnknown'], 'fallback'],
  ['the time of day is nothing the programme answers, whatever a FAQ shares with it ("Wie spät ist es?")', ['clockOrWeather', 'programmeQuestion', 'faqChoices'], 'fallback'],
  ['a goodbye, even with thanks', ['goodbye', 'thanks'], 'thanks'],
  ['a goodbye', ['goodbye', 'offTopic', 'mostlyUnknown'], 'goodbye'],
  ['a role statement with a place nobody knows ("Ich arbeite im Rathaus Bonn")', ['roleNamed', 'roleStatement', 'offTopic'], 'recommend'],
  ['a role statement that is mostly unknown words is not trusted', ['roleNamed', 'roleStatement', 'offTopic', 'mostlyUnknown'], 'fallback'],
  ['a role plus a request for seminars ("Für Ehrenamtliche: welche Seminare gibt es?")', ['roleNamed', 'seeking', 'filters', 'faqChoices'], 'recommend'],
  ['seminars for a role at a time or place are a look-up', ['roleNamed', 'seeking', 'whenWhereHow', 'trainingRequest', 'filters'], 'lookup'],
  ['but asking what fits that role at that time recommends', ['roleNamed', 'seeking', 'whenWhereHow', 'trainingRequest', 'asksRecommendation', 'filters'], 'recommend'],
  ['a question to the bot about itself goes to the FAQ on the bot, not to a look-up', ['botAnswer', 'filters', 'filtersExplainMost'], 'faq'],
  ['asking the bot for seminars is a look-up', ['botAnswer', 'seeking', 'filters'], 'lookup'],
  ['a word of chatting the knowledge never uses ("nochmal", "Version") does not turn a question to the bot away', ['botAnswer', 'offTopic'], 'faq'],
  ['a question to the bot that is mostly unknown words is off-topic ("Kannst du mir ein Taxi bestellen?")', ['botAnswer', 'offTopic', 'mostlyUnknown'], 'fallback'],
  ['who may take part, with a role and a word of fitting, is no recommendation ("Sind die Seminare auch für Ehrenamtliche geeignet?")', ['whoMayJoin', 'programmeQuestion', 'roleNamed', 'trainingRequest', 'asksRecommendation', 'faqAnswer'], 'faq'],
  ['and without a sure FAQ it gets the did-you-mean, not a role question', ['whoMayJoin', 'programmeQuestion', 'roleNamed', 'trainingRequest', 'seeking', 'faqChoices'], 'didYouMean'],
  ['a role named in a programme question is no recommendation', ['roleNamed', 'programmeQuestion', 'faqAnswer'], 'faq'],
  ['a role word in an off-topic question sets nothing ("Parkplatz am Rathaus")', ['roleNamed', 'offTopic', 'faqAnswer'], 'fallback'],
  ['unknown words only after the main clause, which the FAQ answers surely: the FAQ', ['offTopic', 'faqAnswer', 'mainClauseAnswered', 'programmeQuestion'], 'faq'],
  ['but not when most of the message is unknown', ['offTopic', 'mostlyUnknown', 'faqAnswer', 'mainClauseAnswered'], 'fallback'],
  ['a request for training without a role asks for it', ['trainingRequest', 'faqAnswer'], 'askRole'],
  ['a request for training on a topic, without a role and beside another question, lists the seminars on it ("Gibt\'s was für Anfänger zu Netzwerkarbeit? Und wie lang geht sowas?")', ['trainingRequest', 'filters'], 'lookup'],
  ['but asking what fits on a topic, without a role, asks for the role', ['trainingRequest', 'filters', 'asksRecommendation'], 'askRole'],
  ['a request for training with the role known', ['trainingRequest', 'roleKnown'], 'recommend'],
  ['a request for training at a time, role unknown: the seminars then', ['trainingRequest', 'filters', 'whenWhereHow', 'faqChoices'], 'lookup'],
  ['but a confident FAQ answer still answers it', ['trainingRequest', 'filters', 'whenWhereHow', 'faqAnswer'], 'faq'],
  ['a programme question goes to the FAQ, not to seminars', ['programmeQuestion', 'faqAnswer', 'filters', 'filtersExplainMost'], 'faq'],
  ['a programme question with filters but an unsure FAQ gets the did-you-mean', ['programmeQuestion', 'filters', 'filtersExplainMost', 'faqChoices'], 'didYouMean'],
  ['a programme question never gets a seminar\'s details', ['programmeQuestion', 'seminarAnswer', 'faqChoices'], 'didYouMean'],
  ['how seminars are held, with nothing to look them up by, is a programme question ("Online teilnehmen?")', ['howOnly', 'filters', 'whenWhereHow', 'filtersExplainMost', 'faqAnswer'], 'faq'],
  ['and with an unsure FAQ its did-you-mean, not a seminar list ("Gibt es Dolmetscher bei euren Veranstaltungen?")', ['howOnly', 'filters', 'whenWhereHow', 'filtersExplainMost', 'faqChoices'], 'didYouMean'],
  ['but not when seminars are sought ("Welche Workshops sind barrierefrei?")', ['howOnly', 'seeking', 'filters', 'whenWhereHow', 'faqAnswer'], 'lookup'],
  ['unless the message asks about the programme ("Muss man da jedes Mal hinfahren oder gibts auch was per Video?")', ['programmeQuestion', 'howOnly', 'seeking', 'filters', 'whenWhereHow', 'faqAnswer'], 'faq'],
  ['a request for seminars with filters', ['seeking', 'filters', 'faqAnswer'], 'lookup'],
  ['filters that explain most of the message', ['filters', 'filtersExplainMost', 'faqChoices'], 'lookup'],
  ['one topic word in a longer question is no look-up', ['filters', 'faqAnswer'], 'faq'],
  ['one topic word and an unsure FAQ: did-you-mean, never a seminar list', ['filters', 'faqChoices'], 'didYouMean'],
  ['FAQ choices that share at most half the words of the message are no did-you-mean ("Kita-Anmeldung")', ['faqChoices', 'thinChoices'], 'fallback'],
  ['two questions with two answers', ['twoAnswers', 'faqAnswer'], 'faqPair'],
  ['asking whether an enquiry already sent arrived: the bot cannot see it', ['asksEnquiryStatus', 'faqChoices', 'filters'], 'enquiryStatus'],
  ['a change to a registration already sent goes to the team, before the FAQ or a look-up the message also reads as', ['changesSentEnquiry', 'faqAnswer', 'programmeQuestion', 'seeking', 'filters'], 'changeSentEnquiry'],
  ['seminar properties named alone ("Dauer und Ort?") list the coming seminars, though no FAQ holds the words', ['asksProperty', 'offTopic', 'mostlyUnknown'], 'listAll'],
  ['a registration request opens the enquiry before a property word is read', ['registrationRequest', 'asksProperty'], 'registration'],
  ['the wish to register asked together with how gets the FAQ that says how, with the seminars named ("…zu Netzwerkarbeit anmelden, wie geht das?")', ['asksHowToRegister', 'faqAnswer', 'registrationRequest', 'filters', 'seeking'], 'howToRegister'],
  ['whether the seminars are held in Leichter Sprache gets the FAQ on accessibility with the seminars that offer it, before the programme question\'s FAQ', ['asksAccessibleOffers', 'programmeQuestion', 'faqAnswer', 'filters', 'howOnly', 'seeking'], 'accessibleOffers'],
  ['but a role named asks for that role\'s seminars ("Gibt es Workshops in Leichter Sprache für Selbstvertreter?")', ['asksAccessibleOffers', 'roleNamed', 'seeking', 'filters', 'whenWhereHow'], 'lookup'],
  ['but not for a course the knowledge never names ("…bei der VHS für einen Spanischkurs anmelden, wie geht das?")', ['asksHowToRegister', 'faqAnswer', 'registrationRequest', 'offTopic'], 'fallback'],
  ['the Aktion Mensch\'s funding of other things, or benefits for disabled people, even when the FAQ seems sure ("Fördert die Aktion Mensch Freizeitfahrten?")', ['otherFunding', 'programmeQuestion', 'faqAnswer'], 'fallback'],
  ['training of another provider is no recommendation, even with a role named ("Welche Fortbildungen für Erzieher*innen bietet das Landesjugendamt an?")', ['otherProvider', 'roleNamed', 'trainingRequest'], 'fallback'],
  ['but asking what we recommend is ("Mitarbeiterin der Volkshochschule: was empfehlt ihr?")', ['otherProvider', 'roleNamed', 'trainingRequest', 'asksRecommendation'], 'recommend'],
  ['a recommendation of a thing that is no training is not ours, however the place named reads as a look-up ("Can you recommend a good restaurant in Erlangen?")', ['otherThing', 'filters', 'seeking', 'filtersExplainMost'], 'fallback'],
  ['while the role question is open, the answer to it still counts', ['otherThing', 'awaitingRole', 'roleNamed'], 'recommend'],
  ['looking for a job is not the programme\'s to answer, a role and a place named or not ("Ich suche eine Stelle als Heilerziehungspfleger*in in Rostock")', ['jobSearch', 'roleNamed', 'seeking', 'filters', 'whenWhereHow'], 'fallback'],
  ['but a job named in answer to "Welche Rolle haben Sie?" is the role', ['jobSearch', 'awaitingRole', 'roleNamed'], 'recommend'],
  ['a registration request for a course the knowledge never names ("Anmeldung Volkshochschule Spanischkurs") is off-topic', ['registrationRequest', 'roleNamed', 'offTopic'], 'fallback'],
  ['words the knowledge never uses beat one shared word', ['offTopic', 'faqAnswer'], 'fallback'],
  ['but not when the message is a look-up ("Workshops im zweiten Quartal")', ['offTopic', 'seeking', 'filters'], 'lookup'],
  ['a FAQ found only through the town named is no answer ("Wo kann ich in Rostock parken?")', ['placeOnly', 'filters', 'whenWhereHow', 'programmeQuestion', 'faqAnswer'], 'fallback'],
  ['nor a did-you-mean, even with a role word ("Wo ist das Rathaus in Erlangen?")', ['placeOnly', 'roleNamed', 'filters', 'faqChoices'], 'fallback'],
  ['but seminars in a town are looked up', ['placeOnly', 'seeking', 'filters', 'faqChoices'], 'lookup'],
  ['a question about a town that only its name matches gets no FAQ about other towns ("Ist Erlangen dabei?")', ['placeOnly', 'programmeQuestion', 'filters', 'filtersExplainMost', 'faqAnswer'], 'fallback'],
  ['but a town named on its own is looked up ("Präsenz Hamburg")', ['placeOnly', 'filters', 'filtersExplainMost', 'whenWhereHow', 'faqChoices'], 'lookup'],
  ['mid confidence: did-you-mean', ['faqChoices'], 'didYouMean'],
  ['the open role question is asked again', ['awaitingRole'], 'reAskRole'],
  ['nothing at all: the fallback', [], 'fallback'],
];

describe('the decision table', () => {
  it.each(cases)('%s', (_name, features, action) => {
    expect(decide(new Set(features)).then).toBe(action);
  });

  it('uses only known features and ends in a row that always holds', () => {
    const known = new Set<string>(featureNames);
    for (const rule of decisionTable) for (const f of [...rule.when, ...(rule.unless ?? [])]) expect(known.has(f), `${rule.name}: ${f}`).toBe(true);
    expect(decisionTable.at(-1)?.when).toEqual([]);
    expect(decide(new Set(featureNames.filter((f) => f !== 'command' && f !== 'empty'))).then).not.toBe('fallback');
  });
});

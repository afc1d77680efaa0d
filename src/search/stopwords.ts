// Words that carry no meaning for a search in our knowledge base: lunr-languages' German list
// (minus negations, which separate "Was kann der Bot?" from "Was kann der Bot nicht?", and minus
// "ander…", which after umlaut folding would swallow "ändern"), the filler
// of chat messages, and the English function words of users who write in English.

const lunrGerman =
  'aber alle allem allen aller alles als also am an auch auf aus bei bin bis bist da damit dann das dasselbe dazu daß dein deine deinem deinen deiner deines dem demselben den denn denselben der derer derselbe derselben des desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er es etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann können könnte machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mich mir mit muss musste nach noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind so solche solchem solchen solcher solches soll sollte sondern sonst um und uns unse unsem unsen unser unses unter viel vom von vor war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte während würde würden zu zum zur zwar zwischen über';

const chatFiller =
  'unsere unserem unseren unserer unseres versteht verstehen versteh verstanden bedeutet bedeuten heißt heisst meint gemeint gehört gehören geht gehts klappt per weshalb wieso weswegen lassen kriegen kriege kriegt krieg hallo hi hey moin servus huhu guten tag morgen abend bitte danke dankeschön gern gerne ja nein ok okay oh ah äh ähm hm hmm mal eigentlich eben halt schon genau denn irgendwie irgendwo irgendwas irgendein irgendeine irgendwelche überhaupt sowas so ne nen ner nem nee dass daß bzw usw etc gibt gibts geben gab möchte möchten würde wäre wären hätte hätten könnt könntest kannst kann können muss müssen musst sollen sollten wollen darfst einfach grad gerade bisschen wohl vielleicht sagen sag sagt erklären erklär erkläre erzähl erzähle erzählen erzählt ich ans aufs fürs ins beim übers ums vors durchs gut toll super lieber liebe liebes mein meinen denn dann ganz wirklich echt also jemand etwas alles nichts nochmal nochmals eher immer ziemlich zwischendurch irgendwer irgendjemand laut denen deren meisten oft gibs geworden worden drum diejenige derjenige dasjenige diejenigen ab seit ganze ganzes sinn werd würd wär hätt sollt wollt müsst kan';

/** Officialese that frames a question and says nothing of its own ("im Rahmen der …", "nach erfolgter …", "hinsichtlich"). */
const officialese = 'rahmen vorgesehen erfolgter erfolgte erfolgten erfolgt erfolgen aufgrund hinsichtlich bezüglich bzgl seitens diesbezüglich jeweils jeweilige jeweiligen inwieweit zwecks betreffend betreffs';

const english =
  'a an the is are am be been do does did can could would should will shall i you we they he she it my your our their me us them this that these those there here what how where whom which to of for in on at with about from by and or if any some please thanks thank hi hello hey much many get got have has had need needs want wanna like just also really so too very anything something everything anyone someone give gives tell explain say mean know understand actually maybe through via only still even yet already ever than after before when who why into all each every its his her him were may might must since then while because but other own let said says often rather either else least almost among across however one ones anymore exactly people make never';

/** Folded stop words; compared with words after case and umlaut folding. */
export function stopWordList(fold: (word: string) => string): Set<string> {
  return new Set(`${lunrGerman} ${chatFiller} ${officialese} ${english}`.split(/\s+/).map(fold));
}

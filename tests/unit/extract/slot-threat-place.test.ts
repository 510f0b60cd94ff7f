/**
 * slot32 (diagnosis-batch27 #40, left by slot31): a threat verb governing an attack noun that names no actor aimed at
 * threatens the place the act would fall in ("has threatened since May to launch a new ground operation in northern
 * Syria", `هدد بشن عملية عسكرية جديدة في شمال سوريا`); an actor named stays the one threatened; the month "May" is no
 * modal. Both languages, past a date, an adjective.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a threatened act threatens its place': [
    ['recep-tayyip-erdogan threatened northern-syria', 'President Recep Tayyip Erdogan has threatened since May to launch a new ground operation in northern Syria.'],
    ['tur threatened northern-syria', 'Turkey threatened on Monday to launch an offensive in northern Syria.'],
    ['recep-tayyip-erdogan threatened ypg', 'Erdogan threatened to launch a new ground operation against the YPG in northern Syria.'],
    ['no recep-tayyip-erdogan threatened northern-syria', 'Erdogan threatened to launch a new ground operation against the YPG in northern Syria.'],
  ],
  'a threatened act threatens its place (ar)': [
    ['recep-tayyip-erdogan threatened northern-syria', 'وهدد الرئيس التركي رجب طيب أردوغان بشن عملية عسكرية جديدة في شمال سوريا.'],
    ['recep-tayyip-erdogan threatened northern-syria', 'وهدد الرئيس التركي رجب طيب أردوغان، أمس الاثنين، بشن عملية عسكرية برية في شمال سوريا.'],
  ],
});

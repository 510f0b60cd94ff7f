/**
 * A noun's complement does not cross the response verb its noun is the subject of (names26): "its forces responded to
 * fire from X", `قواتها ردّت على مصادر النيران في محيط مدينة مارع` tell where the fire came from, not where the forces are.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'forces responding (ar)': [
    ['no sdf deployed_in marea', 'وقالت «قسد» إن قواتها ردت على مصادر النيران في محيط مدينة مارع.'],
    ['syrian-national-army deployed_in marea', 'وقالت «قسد» إن قواتها ردت على مصادر النيران في محيط مدينة مارع التي يسيطر عليها «الجيش الوطني السوري».'],
    ['rus deployed_in tal-rifaat', 'وتنتشر قوات روسية في تل رفعت.'],
  ],
  'forces responding': [
    ['no sdf deployed_in marea', 'The SDF said its forces responded to fire from positions near Marea.'],
  ],
});

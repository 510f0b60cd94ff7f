/**
 * slot51: "demanded their withdrawal" urges the forces the clause named before it (diagnosis-batch48 §6 slot49 rank 1,
 * #14; pool b14 us-raid-qamishli). Look-alikes: a name with no forces word, a negated demand, an own withdrawal.
 */
import { describeCases } from './helpers.ts';

describeCases({
  '"demanded their withdrawal": the forces named before': [
    ['syr urged usa', 'The Syrian government has repeatedly denounced the presence of US troops in the country as an occupation and demanded their withdrawal.'],
    ['syr urged tur', 'Damascus has not commented on the plan, but it has long described Turkish forces in the north as occupiers and demanded their withdrawal.'],
    // (another verb of the class; a date; "its")
    ['irq urged tur', 'Baghdad condemned the deployment of Turkish troops near Mosul on Monday and called for their withdrawal.'],
    ['syr urged usa', 'Damascus regards the US forces in the northeast as occupiers and has urged their immediate withdrawal.'],
    // (look-alikes: no forces named; negated)
    ['no syr urged tur', 'Damascus has criticised Turkey and its policies and demanded their withdrawal.'],
    ['no syr urged usa', 'Damascus has not demanded the US troops and their withdrawal.'],
  ],
});

using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>
/// Typed answers to the purchase's buttons (a label in any of the three languages, a number), the shop's own quantity
/// limit, a balance too low for the order, and the stock checked as soon as the quantity is said; against both stores.
/// </summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class PurchaseAnswerTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task The_review_takes_a_typed_button_label_in_any_language_or_its_number(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: buy 2 mugs
            bot: 2 × Blue mug. How would you like to receive them? [Home|Relay point|Back|Cancel]
            alice: home
            bot: Please type the home address: street, postcode and town. [Back|Cancel]
            alice: 12 rue de la Paix, 75002 Paris
            bot: 2 × Blue mug: €24.00, home delivery to 12 rue de la Paix, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: PAY!
            bot: Order DE-3NWNHQ2BJH placed: €24.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: home delivery to 12 rue de la Paix, 75002 Paris. I'll keep you posted here; #orders shows where it stands.
            = alice 100.00 demoshop 0.00
            # the French label, in an English conversation
            alice: buy mug
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: 1
            bot: 1 × Blue mug. How would you like to receive it? [Home: 12 rue de la Paix, 75002 Paris|Home|Relay point|Back|Cancel]
            alice: 1
            bot: 1 × Blue mug: €12.00, home delivery to 12 rue de la Paix, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: payer
            bot: Order DE-6C8JZTE9GY placed: €12.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: home delivery to 12 rue de la Paix, 75002 Paris. I'll keep you posted here; #orders shows where it stands.
            # numbers and labels at each step
            alice: buy mug
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: 1
            bot: 1 × Blue mug. How would you like to receive it? [Home: 12 rue de la Paix, 75002 Paris|Home|Relay point|Back|Cancel]
            alice: point relais
            bot: Which postcode should I look near for a relay point? [Back|Cancel]
            alice: 75011
            bot: Relay points near 75011: / 1. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / 2. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris / 3. Librairie du Sentier, 20 rue du Sentier, 75002 Paris [Tabac de la Bastille|Presse Voltaire|Librairie du Sentier|Back|Cancel]
            alice: presse voltaire
            bot: 1 × Blue mug: €12.00, pickup at the relay point Presse Voltaire, 120 boulevard Voltaire, 75011 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: 2
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: 3
            bot: 3 × Blue mug: €36.00, pickup at the relay point Presse Voltaire, 120 boulevard Voltaire, 75011 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: change delivery
            bot: 3 × Blue mug. How would you like to receive them? [Home: 12 rue de la Paix, 75002 Paris|Home|Relay point|Back|Cancel]
            alice: 1
            bot: 3 × Blue mug: €36.00, home delivery to 12 rue de la Paix, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: 9
            bot: Sorry, I didn't get that.
            bot: 3 × Blue mug: €36.00, home delivery to 12 rue de la Paix, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: 1
            bot: Order DE-NQLDVQJZVT placed: €36.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: home delivery to 12 rue de la Paix, 75002 Paris. I'll keep you posted here; #orders shows where it stands.
            = alice 100.00 demoshop 0.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Le_récapitulatif_comprend_le_libellé_tapé_sans_accents_ou_en_anglais_et_le_numéro_en_chiffres_arabes(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            bob: acheter un mug
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            bob: 1
            bot: 1 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            bob: domicile
            bot: Écrivez l'adresse de votre domicile : rue, code postal et ville. [Retour|Annuler]
            bob: 3 avenue Foch, 75016 Paris
            bot: 1 × mug bleu : 12,00 €, livraison à domicile, 3 avenue Foch, 75016 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            bob: modifier la quantite
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            bob: 3
            bot: 3 × mug bleu : 36,00 €, livraison à domicile, 3 avenue Foch, 75016 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            bob: hein
            bot: Désolé, je n'ai pas compris.
            bot: 3 × mug bleu : 36,00 €, livraison à domicile, 3 avenue Foch, 75016 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            bob: ١
            bot: Commande DE-AUXF2ZT7HG passée : la somme de 36,00 € est mise de côté sur votre solde et sera prélevée quand Demo Shop acceptera la commande. Réception : livraison à domicile, 3 avenue Foch, 75016 Paris. Je vous tiens au courant ici ; #suivi vous dit où elle en est.
            = bob 100.00 demoshop 0.00
            bob: acheter un mug
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            bob: 1
            bot: 1 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile : 3 avenue Foch, 75016 Paris|Domicile|Point relais|Retour|Annuler]
            bob: 1
            bot: 1 × mug bleu : 12,00 €, livraison à domicile, 3 avenue Foch, 75016 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            bob: Pay
            bot: Commande DE-YRAMVXJJAN passée : la somme de 12,00 € est mise de côté sur votre solde et sera prélevée quand Demo Shop acceptera la commande. Réception : livraison à domicile, 3 avenue Foch, 75016 Paris. Je vous tiens au courant ici ; #suivi vous dit où elle en est.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task المراجعة_تقبل_اسم_الزر_مكتوبا_أو_رقمه(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء MUG ٢
            bot: ٢ × كوب أزرق. كيف تريد أن تستلم طلبك؟ [المنزل|نقطة استلام|رجوع|إلغاء]
            alice: المنزل
            bot: اكتب من فضلك عنوان منزلك: الشارع والرمز البريدي والمدينة. [رجوع|إلغاء]
            alice: ١٢ شارع الحرية، 75002 باريس
            bot: ٢ × كوب أزرق: ٢٤٫٠٠ €، توصيل إلى منزلك في ١٢ شارع الحرية، 75002 باريس، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            # ه for ة: the letter forms are folded as the parser folds them
            alice: تغيير الكميه
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: ١
            bot: ١ × كوب أزرق: ١٢٫٠٠ €، توصيل إلى منزلك في ١٢ شارع الحرية، 75002 باريس، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: دفع
            bot: سُجّل طلبك DE-3NWNHQ2BJH: حُجز مبلغ ١٢٫٠٠ € في رصيدك، ويُقتطع عندما يقبل Demo Shop الطلب. طريقة الاستلام: توصيل إلى منزلك في ١٢ شارع الحرية، 75002 باريس. سأوافيك بالمستجدات هنا، وأرسل «تتبع» لمعرفة حالة طلبك.
            = alice 100.00 demoshop 0.00
            alice: شراء MUG
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: ١
            bot: ١ × كوب أزرق. كيف تريد أن تستلم طلبك؟ [المنزل: ١٢ شارع الحرية، 75002 باريس|المنزل|نقطة استلام|رجوع|إلغاء]
            alice: ١
            bot: ١ × كوب أزرق: ١٢٫٠٠ €، توصيل إلى منزلك في ١٢ شارع الحرية، 75002 باريس، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: ٢
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: 1
            bot: ١ × كوب أزرق: ١٢٫٠٠ €، توصيل إلى منزلك في ١٢ شارع الحرية، 75002 باريس، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: ١
            bot: سُجّل طلبك DE-4A5CMKESFY: حُجز مبلغ ١٢٫٠٠ € في رصيدك، ويُقتطع عندما يقبل Demo Shop الطلب. طريقة الاستلام: توصيل إلى منزلك في ١٢ شارع الحرية، 75002 باريس. سأوافيك بالمستجدات هنا، وأرسل «تتبع» لمعرفة حالة طلبك.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_quantity_past_the_shop_limit_states_the_shop_limit_in_each_language(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: buy 1000 mugs
            bot: The quantity must be between 1 and 20.
            alice: buy 25 mugs
            bot: Please answer with a number from 1 to 20.
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: 1000
            bot: Please answer with a number from 1 to 20.
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: buy 1000 mugs
            bot: The quantity must be between 1 and 20.
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: cancel
            bot: Purchase cancelled: nothing was paid.
            bob: acheter 1000 mugs
            bot: La quantité doit être comprise entre 1 et 20.
            bob: acheter 2 mugs
            bot: 2 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            # in the middle of a purchase, the refused quantity is not taken for an answer to the step
            bob: acheter 1000 mugs
            bot: La quantité doit être comprise entre 1 et 20.
            bot: 2 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            bob: annuler
            bot: Achat annulé : rien n'a été payé.
            +33612345678: شراء MUG ١٠٠٠
            bot: يجب أن تكون الكمية بين ١ و٢٠.
            = alice 100.00 bob 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_balance_too_low_for_the_order_is_said_in_purchase_terms(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #send 93.99EUR @bob
            bot: Send €93.99 to Bob (@bob)? There is no fee. [Confirm|Cancel]
            alice: yes
            bot: Done: you sent €93.99 to Bob (@bob). Your balance: €6.01.
            alice: buy mug
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: 1
            bot: 1 × Blue mug. How would you like to receive it? [Home|Relay point|Back|Cancel]
            alice: home
            bot: Please type the home address: street, postcode and town. [Back|Cancel]
            alice: 12 rue de la Paix, 75002 Paris
            bot: 1 × Blue mug: €12.00, home delivery to 12 rue de la Paix, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: pay
            bot: You don't have enough money: you have €6.01 available; the order is €12.00. Please add money first.
            bot: 1 × Blue mug: €12.00, home delivery to 12 rue de la Paix, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            = alice 6.01 bob 193.99 demoshop 0.00
            bob: #envoyer 181,99€ @alice
            bot: Envoyer 181,99 € à Alice (@alice) ? Il n'y a pas de frais. [Confirmer|Annuler]
            bob: oui
            bot: C'est fait : vous avez envoyé 181,99 € à Alice (@alice). Votre solde : 12,00 €.
            bob: acheter 2 mugs
            bot: 2 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            bob: domicile
            bot: Écrivez l'adresse de votre domicile : rue, code postal et ville. [Retour|Annuler]
            bob: 3 avenue Foch, 75016 Paris
            bot: 2 × mug bleu : 24,00 €, livraison à domicile, 3 avenue Foch, 75016 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            bob: oui
            bot: Vous n'avez pas assez d'argent : vous avez 12,00 € disponibles ; la commande fait 24,00 €. Choisissez une quantité plus petite, ou ajoutez d'abord de l'argent.
            bot: 2 × mug bleu : 24,00 €, livraison à domicile, 3 avenue Foch, 75016 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            = bob 12.00 demoshop 0.00
            bob: [Modifier la quantité]
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            bob: 1
            bot: 1 × mug bleu : 12,00 €, livraison à domicile, 3 avenue Foch, 75016 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            bob: payer
            bot: Commande DE-AGSAH8R6ZD passée : la somme de 12,00 € est mise de côté sur votre solde et sera prélevée quand Demo Shop acceptera la commande. Réception : livraison à domicile, 3 avenue Foch, 75016 Paris. Je vous tiens au courant ici ; #suivi vous dit où elle en est.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task The_stock_is_checked_when_the_quantity_is_said(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء TSHIRT ٤
            bot: عذرًا، لم يبقَ من قميص كونفرسيشنال سوى ٣ قطع.
            bot: قميص كونفرسيشنال، بسعر ١٩٫٠٠ € للقطعة. كم قطعة تريد؟ (بقيت ٣ قطع فقط.) [١|٢|٣|رجوع|إلغاء]
            alice: ٤
            bot: أجب من فضلك برقم من ١ إلى ٣.
            bot: قميص كونفرسيشنال، بسعر ١٩٫٠٠ € للقطعة. كم قطعة تريد؟ (بقيت ٣ قطع فقط.) [١|٢|٣|رجوع|إلغاء]
            alice: ٣
            bot: ٣ × قميص كونفرسيشنال. كيف تريد أن تستلم طلبك؟ [المنزل|العمل|نقطة استلام|الاستلام من المتجر|خزانة استلام|رجوع|إلغاء]
            alice: إلغاء
            bot: أُلغي الشراء: لم يُخصم منك شيء.
            bob: buy 4 t-shirts
            bot: Sorry, only 3 Conversational T-shirt left.
            bot: Conversational T-shirt, €19.00 each. How many would you like? (3 left.) [1|2|3|Back|Cancel]
            bob: 2
            bot: 2 × Conversational T-shirt. How would you like to receive them? [Home|Work|Relay point|Click & collect|Locker|Back|Cancel]
            bob: collect
            bot: 2 × Conversational T-shirt: €38.00, pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            bob: [Change quantity]
            bot: Conversational T-shirt, €19.00 each. How many would you like? (3 left.) [1|2|3|Back|Cancel]
            bob: 5
            bot: Please answer with a number from 1 to 3.
            bot: Conversational T-shirt, €19.00 each. How many would you like? (3 left.) [1|2|3|Back|Cancel]
            bob: cancel
            bot: Purchase cancelled: nothing was paid.
            = alice 100.00 bob 100.00
            """);
}

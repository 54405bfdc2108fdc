using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>
/// The statement tells what happened to the money: a hold set aside for a purchase shows its amount unsigned, so the
/// signed amounts of the lines add up to the balance's change; a pending transfer says whether it was claimed; a waiting
/// request is recalled as what it is (send, give, pay). In the three languages, against the in-memory stores and Redis.
/// </summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class StatementTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_wallet_purchase_counts_once_in_the_statement_and_a_refunded_order_adds_up_to_nothing(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: GAME42
            bot: Thank you! Order DE-3NWNHQ2BJH: here is your Space Quest game: https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / You paid €2.99 from your balance.
            bot: +2 loyalty points at Demo Shop (2 in all).
            = alice 97.01
            alice: #history
            bot: Your latest 3 movements: / 24 Nov · paid to Demo Shop (@demoshop) · −€2.99 / 24 Nov · set aside for Demo Shop (@demoshop): held, not spent · €2.99 / 24 Nov · top-up · +€100.00
            # an order the shop cancels before accepting it: set aside, then released; nothing was spent
            alice: buy 1 tshirt
            bot: 1 × Conversational T-shirt. How would you like to receive it? [Home|Work|Relay point|Click & collect|Locker|Back|Cancel]
            alice: [Click & collect]
            bot: 1 × Conversational T-shirt: €19.00, pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: [Pay]
            bot: Order DE-XRYSL2B8A3 placed: €19.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris. I'll keep you posted here; #orders shows where it stands.
            shop demoshop: cancelled
            alice gets: Demo Shop cancelled your order DE-XRYSL2B8A3. The €19.00 set aside for it is available again in your balance.
            = alice 97.01
            alice: #history
            bot: Your latest 5 movements: / 24 Nov · released by Demo Shop (@demoshop): no longer held · €19.00 / 24 Nov · set aside for Demo Shop (@demoshop): held, not spent · €19.00 / 24 Nov · paid to Demo Shop (@demoshop) · −€2.99 / 24 Nov · set aside for Demo Shop (@demoshop): held, not spent · €2.99 / 24 Nov · top-up · +€100.00
            # an order accepted (paid), then cancelled (refunded): the signed amounts add up to nothing
            wait 1m
            bob: buy 3 tshirt
            bot: 3 × Conversational T-shirt. How would you like to receive them? [Home|Work|Relay point|Click & collect|Locker|Back|Cancel]
            bob: [Click & collect]
            bot: 3 × Conversational T-shirt: €57.00, pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            bob: [Pay]
            bot: Order DE-J385MGYRRG placed: €57.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris. I'll keep you posted here; #orders shows where it stands.
            bob: #history
            bot: Your latest 2 movements: / 24 Nov · set aside for Demo Shop (@demoshop): held, not spent · €57.00 / 24 Nov · top-up · +€100.00
            shop demoshop: accepted
            bob gets: Demo Shop accepted your order DE-J385MGYRRG: 3 × Conversational T-shirt, €57.00. Thank you! You earned 57 loyalty points.
            = bob 43.00
            shop demoshop: cancelled
            bob gets: Demo Shop cancelled your order DE-J385MGYRRG and refunded €57.00 to your balance.
            = bob 100.00
            bob: #history
            bot: Your latest 4 movements: / 24 Nov · refund from Demo Shop (@demoshop) · +€57.00 / 24 Nov · paid to Demo Shop (@demoshop) · −€57.00 / 24 Nov · set aside for Demo Shop (@demoshop): held, not spent · €57.00 / 24 Nov · top-up · +€100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_achat_n_est_compté_qu_une_fois_dans_le_relevé(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: bonjour
            bot: Bonjour Alice ! Je peux envoyer de l'argent, transmettre vos dons aux associations, acheter dans les boutiques et afficher votre relevé. Voici ce que je sais faire : / • #envoyer 10EUR @lea : envoyer de l'argent / • #don 5EUR @restosducoeur : faire un don à une association / • #solde : votre solde / • #historique : vos dernières opérations / • acheter MUG : acheter dans une boutique / • #suivi : vos commandes / • annuler : abandonner ce que vous avez commencé / Une autre question ? J'y réponds ou je la transmets à une personne.
            alice: JEU42
            bot: Merci ! Voici votre jeu Space Quest (commande DE-Q449TPXW8U) : https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / Vous avez payé 2,99 € avec votre solde.
            bot: +2 points de fidélité chez Demo Shop (2 au total).
            = alice 97.01
            alice: #historique
            bot: Vos 3 dernières opérations : / 24 nov. · paiement à Demo Shop (@demoshop) · −2,99 € / 24 nov. · mis de côté pour Demo Shop (@demoshop) : réservé, pas dépensé · 2,99 € / 24 nov. · rechargement · +100,00 €
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_purchase_counts_once_in_the_Arabic_statement(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: مرحبا
            bot: مرحبًا Alice! يمكنني إرسال المال، وإيصال تبرعاتك إلى الجمعيات الخيرية، والشراء من المتاجر، وعرض كشف حسابك. إليك ما يمكنني فعله: / • أرسل ١٠ يورو @lea: إرسال المال / • تبرع ٥ يورو @restosducoeur: التبرع لجمعية خيرية / • رصيد: معرفة رصيدك / • سجل: آخر عملياتك / • اشتر MUG: الشراء من متجر / • تتبع: طلباتك / • إلغاء: إلغاء ما بدأته / أي سؤال آخر؟ أجيبك عنه أو أحوّله إلى موظف.
            alice: GAME42
            bot: شكرًا لك! إليك لعبة سبيس كويست (الطلب DE-Q449TPXW8U): https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / دفعت ٢٫٩٩ € من رصيدك.
            bot: ربحت نقطتين في برنامج الولاء لدى Demo Shop (مجموع نقاطك: ٢).
            = alice 97.01
            alice: سجل
            bot: آخر ٣ عمليات: / ٢٤ نوفمبر · دفع إلى Demo Shop (@demoshop) · −٢٫٩٩ € / ٢٤ نوفمبر · محجوز لصالح Demo Shop (@demoshop): حجز وليس دفعًا · ٢٫٩٩ € / ٢٤ نوفمبر · شحن الرصيد · +١٠٠٫٠٠ €
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task L_envoi_récupéré_est_dit_récupéré_dans_le_relevé_de_l_expéditeur(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            bob: #envoyer 2EUR @kim
            bot: @kim n'utilise pas encore ce service. Lui envoyer 2,00 € à récupérer ? L'argent l'attend pendant 7 jours, puis vous revient s'il n'est pas récupéré. [Confirmer|Annuler]
            bob: [Confirmer]
            bot: C'est fait : la somme de 2,00 € attend @kim jusqu'au 1er décembre. Si elle n'est pas récupérée d'ici là, elle vous revient.
            bob: #historique
            bot: Vos 2 dernières opérations : / 24 nov. · en attente de @kim · −2,00 € / 24 nov. · rechargement · +100,00 €
            kim: #solde
            bot: Votre solde : 0,00 €.
            bot: Bob (@bob) vous a envoyé 2,00 €. L'acceptez-vous ? [Accepter|Plus tard]
            kim: oui
            bot: C'est fait : la somme de 2,00 € (1 transfert) est maintenant sur votre compte. Votre solde : 2,00 €.
            bob gets: kim (@kim) a accepté votre transfert de 2,00 €.
            bob: #historique
            bot: Vos 2 dernières opérations : / 24 nov. · récupéré par @kim · −2,00 € / 24 nov. · rechargement · +100,00 €
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_waiting_request_is_recalled_as_a_donation_a_payment_or_a_send(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #donate 10EUR @restosducoeur
            bot: Give €10.00 to Restos du Cœur (@restosducoeur)? Donations have no fee. [Confirm|Cancel]
            alice: #balance
            bot: Your balance: €100.00.
            bot: Your request to give €10.00 to Restos du Cœur (@restosducoeur) is still waiting: confirm or cancel it. [Confirm|Cancel]
            alice: no
            bot: Cancelled: no money moved.
            alice: #send 20EUR @demoshop
            bot: Pay €20.00 to Demo Shop (@demoshop)? You pay €20.00; the shop pays a fee of €0.20 out of it. [Confirm|Cancel]
            alice: #balance
            bot: Your balance: €100.00.
            bot: Your request to pay €20.00 to Demo Shop (@demoshop) is still waiting: confirm or cancel it. [Confirm|Cancel]
            alice: no
            bot: Cancelled: no money moved.
            alice: #don 10EUR @restosducoeur
            bot: Donner 10,00 € à Restos du Cœur (@restosducoeur) ? Les dons sont sans frais. [Confirmer|Annuler]
            alice: #solde
            bot: Votre solde : 100,00 €.
            bot: Votre demande de don de 10,00 € à Restos du Cœur (@restosducoeur) attend toujours votre réponse : confirmez-la ou annulez-la. [Confirmer|Annuler]
            alice: non
            bot: Annulé : aucun argent n'a bougé.
            alice: تبرع ١٠ يورو @restosducoeur
            bot: هل تريد التبرع بمبلغ ١٠٫٠٠ € لصالح Restos du Cœur (@restosducoeur)؟ لا رسوم على التبرعات. [تأكيد|إلغاء]
            alice: رصيد
            bot: رصيدك: ١٠٠٫٠٠ €.
            bot: طلبك التبرع بمبلغ ١٠٫٠٠ € لصالح Restos du Cœur (@restosducoeur) لا يزال ينتظر ردّك: أكّده أو ألغِه. [تأكيد|إلغاء]
            alice: إلغاء
            bot: أُلغي الطلب: لم يُنقل أي مال.
            """);
}

using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>Money waiting for the person is taken when they want it ("#claim"), whatever the hourly check or a "not
/// now" said, and the balance says it waits, in English, French and Arabic.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class ClaimTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Money_waiting_is_shown_under_the_balance_and_claimed_at_once(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #send 5EUR @carol
            bot: @carol isn't using this service yet. Send €5.00 for them to claim? It waits 7 days for them, then comes back to you if they haven't claimed it. [Confirm|Cancel]
            alice: [Confirm]
            bot: Done: €5.00 is waiting for @carol until 1 December. If they don't claim it by then, it comes back to you.
            carol: #history
            bot: No movements yet. Send HELP to see how to send money.
            bot: Alice (@alice) sent you €5.00. Do you accept it? [Accept|Not now]
            carol: #balance
            bot: Your balance: €0.00.
            bot: €5.00 is waiting for you: send #claim to take it.
            carol: #claim
            bot: Done: €5.00 from 1 transfer is now in your account. Your balance: €5.00.
            alice gets: carol (@carol) accepted the €5.00 you sent.
            = alice 95.00 carol 5.00
            carol: #balance
            bot: Your balance: €5.00.
            carol: #claim
            bot: No money is waiting for you right now.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Accept_typed_after_not_now_claims_without_waiting_a_day(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #send 5EUR @carol
            bot: @carol isn't using this service yet. Send €5.00 for them to claim? It waits 7 days for them, then comes back to you if they haven't claimed it. [Confirm|Cancel]
            alice: [Confirm]
            bot: Done: €5.00 is waiting for @carol until 1 December. If they don't claim it by then, it comes back to you.
            carol: #balance
            bot: Your balance: €0.00.
            bot: Alice (@alice) sent you €5.00. Do you accept it? [Accept|Not now]
            carol: [Not now]
            bot: All right, it keeps waiting for you until 1 December. I'll ask you again tomorrow.
            carol: yes
            bot: There is nothing to confirm right now. Send HELP to see what I can do.
            carol: accept
            bot: Done: €5.00 from 1 transfer is now in your account. Your balance: €5.00.
            alice gets: carol (@carol) accepted the €5.00 you sent.
            = alice 95.00 carol 5.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task L_argent_qui_attend_est_signalé_avec_le_solde_et_récupéré_sur_demande(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #envoyer 5€ @carole
            bot: @carole n'utilise pas encore ce service. Lui envoyer 5,00 € à récupérer ? L'argent l'attend pendant 7 jours, puis vous revient s'il n'est pas récupéré. [Confirmer|Annuler]
            alice: oui
            bot: C'est fait : la somme de 5,00 € attend @carole jusqu'au 1er décembre. Si elle n'est pas récupérée d'ici là, elle vous revient.
            carole: #historique
            bot: Aucune opération pour l'instant. Envoyez AIDE pour savoir comment envoyer de l'argent.
            bot: Alice (@alice) vous a envoyé 5,00 €. L'acceptez-vous ? [Accepter|Plus tard]
            carole: #solde
            bot: Votre solde : 0,00 €.
            bot: La somme de 5,00 € vous attend : envoyez #récupérer pour la récupérer.
            carole: #récupérer
            bot: C'est fait : la somme de 5,00 € (1 transfert) est maintenant sur votre compte. Votre solde : 5,00 €.
            alice gets: carole (@carole) a accepté votre transfert de 5,00 €.
            = alice 95.00 carole 5.00
            carole: #solde
            bot: Votre solde : 5,00 €.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Money_waiting_for_an_Arabic_speaker_is_shown_with_the_balance_and_claimed_on_request(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: أرسل ٥ يورو @karim
            bot: لا يستخدم @karim هذه الخدمة بعد. هل تريد إرسال ٥٫٠٠ € إليه ليستلمه؟ أمامه ٧ أيام لاستلام المبلغ، وإلا فسيعود إليك. [تأكيد|إلغاء]
            alice: نعم
            bot: تم: مبلغ ٥٫٠٠ € بانتظار @karim حتى ١ ديسمبر. إن لم يستلمه حتى ذلك الحين، فسيعود إليك.
            karim: سجل
            bot: لا توجد عمليات بعد. أرسل «مساعدة» لمعرفة طريقة إرسال المال.
            bot: أرسل إليك Alice (@alice) مبلغ ٥٫٠٠ €. هل تقبله؟ [قبول|ليس الآن]
            karim: رصيد
            bot: رصيدك: ٠٫٠٠ €.
            bot: مبلغ ٥٫٠٠ € بانتظارك: أرسل «استلام» لاستلامه.
            karim: استلام
            bot: تم: أصبح في حسابك مبلغ ٥٫٠٠ € (تحويل واحد). رصيدك: ٥٫٠٠ €.
            alice gets: استلم karim (@karim) مبلغ ٥٫٠٠ € الذي أرسلته إليه.
            = alice 95.00 karim 5.00
            karim: رصيد
            bot: رصيدك: ٥٫٠٠ €.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task An_accept_pressed_after_another_message_points_to_claim(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        await chat.SayAsync("alice", "#send 5EUR @carol");
        await chat.PressAsync("alice", "Confirm");
        await chat.SayAsync("carol", "#balance");
        var accept = (await chat.SayAsync("carol", "#history")).Count;   // the offer came with the first message
        Assert.Equal(1, accept);

        var stale = await chat.PressValueAsync("carol", "accept");

        Assert.Equal("That button is no longer valid. Send #claim to take the money waiting for you.", Assert.Single(stale).Text);
        await chat.SayAsync("carol", "#claim");
        Assert.Equal(500, await chat.BalanceAsync("carol"));
        var late = await chat.PressValueAsync("carol", "accept");
        Assert.Equal("That button is no longer valid. Send HELP to see what you can do now.", Assert.Single(late).Text);
        await chat.CheckInvariantsAsync();
    }
}

using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>Whole conversations in English, word for word, against the in-memory stores and a real Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class EnglishTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Sending_to_someone_new_asks_first_then_a_known_recipient_is_paid_at_once_below_the_threshold(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #send 5EUR @bob
            bot: Send €5.00 to Bob (@bob)? There is no fee. [Confirm|Cancel]
            alice: [Confirm]
            bot: Done: you sent €5.00 to Bob (@bob). Your balance: €95.00.
            bob gets: Alice (@alice) sent you €5.00.
            = alice 95.00 bob 105.00
            alice: #send 2EUR @bob
            bot: Done: you sent €2.00 to Bob (@bob). Your balance: €93.00.
            bob gets: Alice (@alice) sent you €2.00.
            # above Conversations:ConfirmAbove (50 EUR) even a known recipient is confirmed
            alice: #send 60EUR @bob
            bot: Send €60.00 to Bob (@bob)? There is no fee. [Confirm|Cancel]
            alice: no
            bot: Cancelled: no money moved.
            = alice 93.00 bob 107.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Donating_goes_to_registered_charities_only(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #donate 10EUR @restosducoeur
            bot: Give €10.00 to Restos du Cœur (@restosducoeur)? Donations have no fee. [Confirm|Cancel]
            alice: yes
            bot: Done: you gave €10.00 to Restos du Cœur (@restosducoeur). Thank you! Your balance: €90.00.
            = alice 90.00 restosducoeur 10.00
            alice: #donate 5EUR @bob
            bot: Bob (@bob) is not a registered charity. To send money to a person, write: #send 10EUR @bob
            alice: #donate 5EUR @nobody
            bot: I don't know a charity called @nobody. Please check its name and try again.
            = alice 90.00 bob 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Paying_a_shop_states_its_fee_and_the_payer_pays_the_sticker_price(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #send 20EUR @demoshop
            bot: Pay €20.00 to Demo Shop (@demoshop)? You pay €20.00; the shop pays a fee of €0.20 out of it. [Confirm|Cancel]
            alice: [Confirm]
            bot: Done: you paid €20.00 to Demo Shop (@demoshop). Your balance: €80.00.
            = alice 80.00 demoshop 19.80
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task The_statement_shows_five_lines_then_more_and_the_month_is_summed(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #history
            bot: Your latest movement: / 24 Nov · top-up · +€100.00
            alice: #send 1EUR @bob
            bot: Send €1.00 to Bob (@bob)? There is no fee. [Confirm|Cancel]
            alice: [Confirm]
            bot: Done: you sent €1.00 to Bob (@bob). Your balance: €99.00.
            alice: #send 2EUR @bob
            bot: Done: you sent €2.00 to Bob (@bob). Your balance: €97.00.
            alice: #send 3EUR @bob
            bot: Done: you sent €3.00 to Bob (@bob). Your balance: €94.00.
            alice: #donate 4EUR @restosducoeur
            bot: Give €4.00 to Restos du Cœur (@restosducoeur)? Donations have no fee. [Confirm|Cancel]
            alice: [Confirm]
            bot: Done: you gave €4.00 to Restos du Cœur (@restosducoeur). Thank you! Your balance: €90.00.
            alice: #send 5EUR @bob
            bot: Done: you sent €5.00 to Bob (@bob). Your balance: €85.00.
            alice: #history
            bot: Your latest 5 movements: / 24 Nov · to Bob (@bob) · −€5.00 / 24 Nov · donation to Restos du Cœur (@restosducoeur) · −€4.00 / 24 Nov · to Bob (@bob) · −€3.00 / 24 Nov · to Bob (@bob) · −€2.00 / 24 Nov · to Bob (@bob) · −€1.00 [More]
            alice: [More]
            bot: 1 older movement: / 24 Nov · top-up · +€100.00 / That's all: there are no older movements.
            alice: more
            bot: To see your latest movements: #history, then More for older ones. #spending sums up the month.
            alice: #spending
            bot: In November you spent €15.00: €11.00 sent, €4.00 given, €0.00 paid.
            alice: #balance
            bot: Your balance: €85.00.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Money_for_someone_not_yet_known_waits_and_they_claim_it_on_their_first_message(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #send 5EUR @carol
            bot: @carol isn't using this service yet. Send €5.00 for them to claim? It waits 7 days for them, then comes back to you if they haven't claimed it. [Confirm|Cancel]
            alice: [Confirm]
            bot: Done: €5.00 is waiting for @carol until 1 December. If they don't claim it by then, it comes back to you.
            = alice 95.00
            carol: #balance
            bot: Your balance: €0.00.
            bot: Alice (@alice) sent you €5.00. Do you accept it? [Accept|Not now]
            carol: [Not now]
            bot: All right, it keeps waiting for you until 1 December. I'll ask you again tomorrow.
            carol: #balance
            bot: Your balance: €0.00.
            bot: €5.00 is waiting for you: send #claim to take it.
            wait 1d
            carol: #balance
            bot: Your balance: €0.00.
            bot: Alice (@alice) sent you €5.00. Do you accept it? [Accept|Not now]
            carol: yes
            bot: Done: €5.00 from 1 transfer is now in your account. Your balance: €5.00.
            alice gets: carol (@carol) accepted the €5.00 you sent.
            = alice 95.00 carol 5.00
            carol: #history
            bot: Your latest movement: / 25 Nov · claimed from Alice (@alice) · +€5.00
            alice: #history
            bot: Your latest 2 movements: / 24 Nov · claimed by @carol · −€5.00 / 24 Nov · top-up · +€100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_waiting_confirmation_survives_other_questions_and_expires_after_ten_minutes(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: yes
            bot: There is nothing to confirm right now. Send HELP to see what I can do.
            alice: cancel
            bot: There is nothing to cancel right now.
            alice: #send 5EUR @bob
            bot: Send €5.00 to Bob (@bob)? There is no fee. [Confirm|Cancel]
            alice: #balance
            bot: Your balance: €100.00.
            bot: Your request to send €5.00 to Bob (@bob) is still waiting: confirm or cancel it. [Confirm|Cancel]
            alice: #donate 1EUR @restosducoeur
            bot: Your earlier request to send €5.00 to Bob (@bob) is dropped: nothing was sent. Here is the new one.
            bot: Give €1.00 to Restos du Cœur (@restosducoeur)? Donations have no fee. [Confirm|Cancel]
            alice: no
            bot: Cancelled: no money moved.
            alice: #send 5EUR @bob
            bot: Send €5.00 to Bob (@bob)? There is no fee. [Confirm|Cancel]
            wait 11m
            alice: [Confirm]
            bot: That request expired after 10 minutes without an answer, so no money moved. Send it again if you still want to.
            = alice 100.00 bob 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_payment_made_at_once_meanwhile_leaves_the_waiting_request_waiting_and_recalls_it(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #send 5EUR @bob
            bot: Send €5.00 to Bob (@bob)? There is no fee. [Confirm|Cancel]
            alice: yes
            bot: Done: you sent €5.00 to Bob (@bob). Your balance: €95.00.
            alice: #send 5EUR @carol
            bot: @carol isn't using this service yet. Send €5.00 for them to claim? It waits 7 days for them, then comes back to you if they haven't claimed it. [Confirm|Cancel]
            alice: #send 1EUR @bob
            bot: Done: you sent €1.00 to Bob (@bob). Your balance: €94.00.
            bot: Your request to send €5.00 to @carol is still waiting: confirm or cancel it. [Confirm|Cancel]
            alice: [Confirm]
            bot: Done: €5.00 is waiting for @carol until 1 December. If they don't claim it by then, it comes back to you.
            = alice 89.00 bob 106.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Mistakes_and_refusals_are_explained_and_move_nothing(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #send 300EUR @bob
            bot: The limit for sending to a person is €250.00 at a time. Please send a smaller amount.
            alice: #send 150EUR @bob
            bot: You don't have enough money: you have €100.00 available. Please send a smaller amount, or add money first.
            alice: #send 5EUR @alice
            bot: You can't send money to yourself. Please choose another recipient.
            alice: #send 5EUR
            bot: To whom? Add a @name or a phone number, for example: #send 10EUR @lea
            alice: #send @bob
            bot: How much? For example: #send 10EUR @lea
            alice: #buy
            bot: Which product? Send its name or code, for example: #buy GAME42
            alice: stop
            bot: You won't get any more messages from us here. Send START whenever you want to come back.
            alice: start
            bot: Welcome back! Send HELP to see what I can do.
            = alice 100.00 bob 100.00
            """);
}

using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>Purchases in English, word for word, against the in-memory stores and a real Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class PurchaseTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_physical_purchase_asks_quantity_delivery_and_address_then_a_saved_address_takes_four_exchanges(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: buy mug
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: 2
            bot: 2 × Blue mug. How would you like to receive them? [Home|Relay point|Back|Cancel]
            alice: [Home]
            bot: Please type the home address: street, postcode and town. [Back|Cancel]
            alice: 12 rue de la Paix, 75002 Paris
            bot: 2 × Blue mug: €24.00, home delivery to 12 rue de la Paix, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: [Pay]
            bot: Order DE-3NWNHQ2BJH placed: €24.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: home delivery to 12 rue de la Paix, 75002 Paris. I'll keep you posted here; #orders shows where it stands.
            = alice 100.00 demoshop 0.00
            shop demoshop: accepted
            alice gets: Demo Shop accepted your order DE-3NWNHQ2BJH: 2 × Blue mug, €24.00. Thank you! You earned 24 loyalty points.
            = alice 76.00 demoshop 23.76
            shop demoshop: shipped
            alice gets: Your order DE-3NWNHQ2BJH from Demo Shop is on its way: delivery to 12 rue de la Paix, 75002 Paris.
            # the second time: buy, quantity, the saved address with the mode, pay
            alice: buy mug
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: 1
            bot: 1 × Blue mug. How would you like to receive it? [Home: 12 rue de la Paix, 75002 Paris|Home|Relay point|Back|Cancel]
            alice: [Home: 12 rue de la Paix, 75002 Paris]
            bot: 1 × Blue mug: €12.00, home delivery to 12 rue de la Paix, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: [Pay]
            bot: Order DE-GMVLANJSGP placed: €12.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: home delivery to 12 rue de la Paix, 75002 Paris. I'll keep you posted here; #orders shows where it stands.
            alice: #orders
            bot: Your latest orders: / • DE-GMVLANJSGP · 1 × Blue mug · €12.00 · placed, waiting for the shop (24 November) / • DE-3NWNHQ2BJH · 2 × Blue mug · €24.00 · shipped (24 November)
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_relay_point_is_picked_near_a_postcode_and_any_step_can_go_back_or_change(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: buy 1 tshirt
            bot: 1 × Conversational T-shirt. How would you like to receive it? [Home|Work|Relay point|Click & collect|Locker|Back|Cancel]
            alice: relay point please
            bot: Which postcode should I look near for a relay point? [Back|Cancel]
            alice: 7501
            bot: Please write a 5-digit postcode, such as 75011.
            bot: Which postcode should I look near for a relay point? [Back|Cancel]
            alice: 13001
            bot: I don't know any relay point near 13001. Try another postcode, or go back to choose another delivery.
            bot: Which postcode should I look near for a relay point? [Back|Cancel]
            alice: 75011
            bot: Relay points near 75011: / 1. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / 2. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris / 3. Librairie du Sentier, 20 rue du Sentier, 75002 Paris [Tabac de la Bastille|Presse Voltaire|Librairie du Sentier|Back|Cancel]
            alice: back
            bot: Which postcode should I look near for a relay point? [Back|Cancel]
            alice: 75002
            bot: Relay points near 75002: / 1. Librairie du Sentier, 20 rue du Sentier, 75002 Paris / 2. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / 3. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris [Librairie du Sentier|Tabac de la Bastille|Presse Voltaire|Back|Cancel]
            alice: 1
            bot: 1 × Conversational T-shirt: €19.00, pickup at the relay point Librairie du Sentier, 20 rue du Sentier, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: [Change quantity]
            bot: Conversational T-shirt, €19.00 each. How many would you like? (3 left.) [1|2|3|Back|Cancel]
            alice: 25
            bot: Please answer with a number from 1 to 3.
            bot: Conversational T-shirt, €19.00 each. How many would you like? (3 left.) [1|2|3|Back|Cancel]
            alice: 2
            bot: 2 × Conversational T-shirt: €38.00, pickup at the relay point Librairie du Sentier, 20 rue du Sentier, 75002 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: [Change delivery]
            bot: 2 × Conversational T-shirt. How would you like to receive them? [Home|Work|Relay point|Click & collect|Locker|Back|Cancel]
            alice: [Click & collect]
            bot: 2 × Conversational T-shirt: €38.00, pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: #balance
            bot: Your balance: €100.00.
            bot: 2 × Conversational T-shirt: €38.00, pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: what?
            bot: Sorry, I didn't get that.
            bot: 2 × Conversational T-shirt: €38.00, pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: help
            bot: Answer with one of the choices below (or its number). Send BACK to go back a step, or CANCEL to stop the purchase.
            bot: 2 × Conversational T-shirt: €38.00, pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: cancel
            bot: Purchase cancelled: nothing was paid.
            = alice 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Stock_that_runs_out_between_review_and_payment_asks_the_quantity_again_and_pays_nothing(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            bob: buy 3 tshirts
            bot: 3 × Conversational T-shirt. How would you like to receive them? [Home|Work|Relay point|Click & collect|Locker|Back|Cancel]
            bob: [Locker]
            bot: Which postcode should I look near for a locker? [Back|Cancel]
            bob: 75011
            bot: Lockers near 75011: / 1. Consigne Nation, 1 place de la Nation, 75011 Paris [Consigne Nation|Back|Cancel]
            bob: 1
            bot: 3 × Conversational T-shirt: €57.00, pickup from the locker Consigne Nation, 1 place de la Nation, 75011 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: buy 2 tshirt
            bot: 2 × Conversational T-shirt. How would you like to receive them? [Home|Work|Relay point|Click & collect|Locker|Back|Cancel]
            alice: [Click & collect]
            bot: 2 × Conversational T-shirt: €38.00, pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            alice: yes
            bot: Order DE-6C8JZTE9GY placed: €38.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: pickup at the shop, Demo Shop, 10 rue de Rivoli, 75004 Paris. I'll keep you posted here; #orders shows where it stands.
            bob: [Pay]
            bot: Sorry, only 1 Conversational T-shirt left.
            bot: Conversational T-shirt, €19.00 each. How many would you like? (1 left.) [1|Back|Cancel]
            bob: 1
            bot: 1 × Conversational T-shirt: €19.00, pickup from the locker Consigne Nation, 1 place de la Nation, 75011 Paris, from your balance. Shall I pay? [Pay|Change quantity|Change delivery|Cancel]
            bob: [Pay]
            bot: Order DE-AUXF2ZT7HG placed: €19.00 is set aside on your balance and taken when Demo Shop accepts the order. Delivery: pickup from the locker Consigne Nation, 1 place de la Nation, 75011 Paris. I'll keep you posted here; #orders shows where it stands.
            shop demoshop: accepted
            = bob 81.00 alice 100.00
            carol: buy tshirt
            bot: Sorry, Conversational T-shirt is out of stock at the moment.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_cart_left_waiting_gets_one_reminder_and_can_be_taken_up_again(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            # 10:00 UTC is 11:00 in Paris
            alice: buy mug
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            wait 20m
            timers
            alice gets nothing
            wait 15m
            timers
            alice gets: Your Blue mug from Demo Shop is still waiting in your basket. Shall we finish the purchase? [Continue|Cancel]
            wait 2h
            timers
            alice gets nothing
            alice: [Continue]
            bot: Let's finish your purchase of Blue mug.
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: 1
            bot: 1 × Blue mug. How would you like to receive it? [Home|Relay point|Back|Cancel]
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task No_reminder_comes_at_night_nor_after_stop_and_a_cart_expires_after_a_day(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            wait 9h
            wait 50m
            # 19:50 UTC, 20:50 in Paris
            bob: buy 2 mugs
            bot: 2 × Blue mug. How would you like to receive them? [Home|Relay point|Back|Cancel]
            carol: buy mug
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            carol: stop
            bot: You won't get any more messages from us here. Send START whenever you want to come back.
            wait 40m
            timers
            bob gets nothing
            carol gets nothing
            wait 11h
            timers
            bob gets nothing
            # 08:10 UTC, 09:10 in Paris
            wait 40m
            timers
            bob gets: Your Blue mug from Demo Shop is still waiting in your basket. Shall we finish the purchase? [Continue|Cancel]
            carol gets nothing
            wait 24h
            timers
            bob gets nothing
            bob: 1
            bot: Your purchase of Blue mug waited for 24 hours, so I dropped it. Nothing was paid.
            bot: Sorry, I didn't understand. Send HELP to see what I can do.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_keyword_buys_digital_content_in_one_message_from_the_wallet_or_the_phone_bill(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: GAME42
            bot: Thank you! Order DE-3NWNHQ2BJH: here is your Space Quest game: https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / You paid €2.99 from your balance.
            bot: +2 loyalty points at Demo Shop (2 in all).
            = alice 97.01
            +447700900123@81234: GAME42
            bot: Thank you! Order DE-DWCTV56763: here is your Space Quest game: https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / You paid €2.99 on your phone bill.
            bot: +2 loyalty points at Demo Shop (2 in all).
            +447700900123@81234: ZZZ99
            bot: I couldn't find "ZZZ99". Here is what Demo Shop sells: / • GAME42 / JEU42: Space Quest game · €2.99 / • MUG: Blue mug · €12.00 / • TSHIRT: Conversational T-shirt · €19.00
            +447700900123: #orders
            bot: Your order: / • DE-DWCTV56763 · 1 × Space Quest game · €2.99 · delivered (24 November)
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task An_unknown_product_offers_the_list_a_number_picks_from_it_and_questions_meanwhile_are_answered(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: I'd like to buy a bicycle
            bot: Did you mean one of these? [How do I cancel my order?|Where is my order?|Ask a person]
            alice: buy a bicycle
            bot: I couldn't find "bicycle". Here is what Demo Shop sells:
            bot: Which one would you like? / 1. Space Quest game · €2.99 / 2. Blue mug · €12.00 / 3. Conversational T-shirt · €19.00 [Space Quest game · €2.99|Blue mug · €12.00|Conversational T-shirt · €19.00|Cancel]
            alice: 2
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: work
            bot: Sorry, I didn't get that.
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: how long does delivery take?
            bot: Orders placed before 14:00 on a working day leave the same day. Home delivery takes 2 to 4 working days, relay point delivery 3 to 5. The game GAME42 is sent at once in this chat.
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            alice: back
            bot: Which one would you like? / 1. Space Quest game · €2.99 / 2. Blue mug · €12.00 / 3. Conversational T-shirt · €19.00 [Space Quest game · €2.99|Blue mug · €12.00|Conversational T-shirt · €19.00|Cancel]
            alice: [Blue mug · €12.00]
            bot: Blue mug, €12.00 each. How many would you like? [1|2|3|Back|Cancel]
            """);
}

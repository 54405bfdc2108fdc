using Conversational.Bots.Commerce;
using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>Questions, advisors, disputes and keyword confirmations, word for word, on both stores.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class CommerceTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_question_is_answered_by_the_faq_or_offered_two_answers_or_handed_to_a_person(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: what time do you open on saturday?
            bot: We're open Monday to Saturday, 9:00 to 19:00 (Paris time), closed on Sundays and public holidays. This chat takes orders at any time.
            alice: can I send it back?
            bot: You have 30 days after delivery to return an item, free of charge from any relay point: send "return" with your order number to get the label. We refund you within 5 working days of receiving it. A game code once revealed can't be returned.
            alice: I want to talk about my order problem with the packaging
            bot: Did you mean one of these? [How can I contact you?|Where is my order?|Ask a person]
            alice: ?
            bot: Sorry, I didn't understand. Send HELP to see what I can do.
            alice: do you sell bicycles?
            bot: I'm passing your question to the team at Demo Shop: a person will answer here. Write CANCEL to end the conversation with them.
            alice: also in red?
            bot: Passed on to the advisor.
            advisor demoshop Marie: No bicycles, sorry! Only mugs, T-shirts and a game.
            alice gets: Marie (Demo Shop): No bicycles, sorry! Only mugs, T-shirts and a game.
            alice: #balance
            bot: Your balance: €100.00.
            alice: cancel
            bot: The conversation with the advisor is closed; you're back with me. Send HELP to see what I can do.
            alice: hello
            bot: Hello Alice! I can send money, take donations to charities, buy from shops and show your statement. Here is what I can do: / • #send 10EUR @lea: send money / • #donate 5EUR @restosducoeur: give to a charity / • #balance: your balance / • #history: your latest movements / • buy MUG: buy from a shop / • #orders: your orders / • cancel: drop what you started / Any other question: I answer it or pass it to a person.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task An_anomaly_on_the_statement_opens_a_case_for_the_operators_advisors(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: anomaly on my statement
            bot: I've opened case case-UUZNWMJCGV about your statement: an advisor will answer here. Tell me what looks wrong (date, amount).
            alice: the top-up of 24 November is 100 EUR, I paid 120
            bot: Passed on to the advisor.
            advisor operator Karim: Thank you, I'm checking with the bank.
            alice gets: Karim (Support): Thank you, I'm checking with the bank.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_keyword_above_the_threshold_asks_one_confirmation(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis, commerce: new CommerceSettings { DefaultMerchant = "demoshop", KeywordConfirmAbove = "1.00" }), """
            +33612345678@81234: GAME42
            bot: Acheter jeu Space Quest (GAME42) pour 2,99 € sur votre facture de téléphone ? [Payer|Annuler]
            +33612345678@81234: oui
            bot: Merci ! Voici votre jeu Space Quest (commande DE-QKV5T6QJTW) : https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / Vous avez payé 2,99 € sur votre facture de téléphone.
            bot: +2 points de fidélité chez Demo Shop (2 au total).
            +33612345678@81234: GAME42
            bot: Acheter jeu Space Quest (GAME42) pour 2,99 € sur votre facture de téléphone ? [Payer|Annuler]
            +33612345678@81234: non
            bot: Achat annulé : rien n'a été payé.
            """);
}

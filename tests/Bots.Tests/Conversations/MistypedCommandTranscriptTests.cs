using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>A mistyped "#" command, word for word: an unknown command with the nearest command in its language, never a
/// question passed to a shop's staff, even while talking with them; and the ambiguous currency that names none the
/// service refuses.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class MistypedCommandTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_mistyped_command_is_an_unknown_command_with_the_nearest_one_in_its_language(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #envoier 5€ @bob
            bot: Je ne connais pas la commande « #envoier ». Vouliez-vous dire #envoyer ? Envoyez AIDE pour voir les commandes.
            alice: #balanse
            bot: I don't know the command “#balanse”. Did you mean #balance? Send HELP to see the commands.
            alice: #foo
            bot: I don't know the command “#foo”. Send HELP to see the commands.
            alice: #رصبد
            bot: لا أعرف الأمر «#رصبد». هل تقصد #رصيد؟ أرسل «مساعدة» لرؤية الأوامر.
            alice: #send 5 EUR 0612
            bot: “0612” is not a valid phone number. Write it like +33 6 12 34 56 78.
            alice: #send 5 dinars @bob
            bot: “5 dinars” could mean several currencies. Write its three-letter ISO code instead, such as EUR.
            = alice 100.00 bob 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_mistyped_command_never_reaches_the_shops_advisor(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: hello
            bot: Hello Alice! I can send money, take donations to charities, buy from shops and show your statement. Here is what I can do: / • #send 10EUR @lea: send money / • #donate 5EUR @restosducoeur: give to a charity / • #balance: your balance / • #history: your latest movements / • buy MUG: buy from a shop / • #orders: your orders / • cancel: drop what you started / Any other question: I answer it or pass it to a person.
            alice: do you sell bicycles?
            bot: I'm passing your question to the team at Demo Shop: a person will answer here. Write CANCEL to end the conversation with them.
            alice: #envoier 5€ @bob
            bot: Je ne connais pas la commande « #envoier ». Vouliez-vous dire #envoyer ? Envoyez AIDE pour voir les commandes.
            alice: #foo
            bot: Je ne connais pas la commande « #foo ». Envoyez AIDE pour voir les commandes.
            alice: also in red?
            bot: Passed on to the advisor.
            = alice 100.00 bob 100.00
            """);
}

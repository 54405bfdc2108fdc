using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>A message over the length read is refused in the language it is written in, not the default one.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class TooLongMessageTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData("Bonjour, je voudrais savoir où en est ma commande, elle n'est toujours pas arrivée. ", "Votre message est trop long")]
    [InlineData("مرحبا، أريد أن أعرف أين طلبي، لم يصل بعد. ", "رسالتك طويلة جدًا")]
    public async Task A_message_too_long_is_refused_in_its_own_language(string sentence, string expectedStart)
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory, redis);
        var text = string.Concat(Enumerable.Repeat(sentence, 5000 / sentence.Length + 1));

        var replies = await chat.SayAsync("lea", text);

        Assert.StartsWith(expectedStart, replies[0].Text, StringComparison.Ordinal);
        await chat.CheckInvariantsAsync();
    }
}

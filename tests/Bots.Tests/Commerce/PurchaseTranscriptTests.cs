using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>Purchases in English, word for word, against the in-memory stores and a real Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class PurchaseTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    public async Task Scratch(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: buy mug
            bot: ?
            alice: 2
            bot: ?
            alice: [Home]
            bot: ?
            alice: 12 rue de la Paix, 75002 Paris
            bot: ?
            alice: [Pay]
            bot: ?
            alice: GAME42
            bot: ?
            bot: ?
            alice: #orders
            bot: ?
            alice: when are you open?
            bot: ?
            alice: buy mug
            bot: ?
            alice: 1
            bot: ?
            alice: [Home: 12 rue de la Paix, 75002 Paris]
            bot: ?
            alice: [Change delivery]
            bot: ?
            alice: relay
            bot: ?
            alice: 75011
            bot: ?
            alice: 2
            bot: ?
            alice: [Pay]
            bot: ?
            shop demoshop: accepted
            alice gets: ?
            alice: how long does delivery take?
            bot: ?
            alice: I want to talk about my order problem with the packaging
            bot: ?
            alice: hello?
            bot: ?
            """);
}

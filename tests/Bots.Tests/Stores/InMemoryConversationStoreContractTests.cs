using Conversational.Bots.Conversations.Stores;

namespace Conversational.Bots.Tests.Stores;

/// <summary>The conversation store contract on <see cref="InMemoryConversationStore"/>.</summary>
public sealed class InMemoryConversationStoreContractTests : ConversationStoreContractTests
{
    protected override IConversationStore CreateStore(TimeSpan? deduplicationPeriod = null) =>
        new InMemoryConversationStore(Time, deduplicationPeriod);

    /// <summary>One process holds one store: another "instance" is the same object.</summary>
    protected override Task<IConversationStore> SecondInstanceAsync(IConversationStore first) => Task.FromResult(first);

    protected override Task LetTimePassAsync(TimeSpan duration)
    {
        Time.Advance(duration);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Replies_are_kept_for_7_days_by_default()
    {
        var store = CreateStore();
        Assert.True(await store.SaveAsync(Alice, new(), 0, "m1", [new("done")], Ct));

        Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.NotNull(await store.FindRepliesAsync("m1", Ct));

        Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.FindRepliesAsync("m1", Ct));
    }
}

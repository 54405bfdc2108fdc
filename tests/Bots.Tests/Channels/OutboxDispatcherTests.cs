using Conversational.Bots.Channels;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conversational.Bots.Tests.Channels;

/// <summary>The outbox of pushing channels: in order, removed only once sent, waited for when the channel asks, dropped when
/// it can never go; never handed to a channel that is not its own.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class OutboxDispatcherTests(RedisStoreFixture redis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Messages_go_in_order_and_each_is_removed_only_once_sent(StoreKind kind)
    {
        var (store, time) = Create(kind);
        var sender = new RecordingSender("telegram");
        var dispatcher = new OutboxDispatcher(store, [sender], time, NullLogger<OutboxDispatcher>.Instance);
        var alice = new ChannelIdentity("telegram", "1");
        await store.EnqueueAsync(alice, new("one"), Ct);
        await store.EnqueueAsync(alice, new("two"), Ct);
        await store.EnqueueAsync(new ChannelIdentity("web", "bob"), new("for the web chat"), Ct);

        sender.Answers.Enqueue(Delivery.Later(TimeSpan.FromSeconds(30), "429"));
        await dispatcher.DeliverAsync(Ct);
        Assert.Equal(["one"], sender.Sent);
        Assert.Equal("one", (await store.PeekAsync(alice, Ct))?.Text);

        await dispatcher.DeliverAsync(Ct);
        Assert.Equal(["one"], sender.Sent);   // the channel asked to wait 30 s

        time.Advance(TimeSpan.FromSeconds(31));
        await dispatcher.DeliverAsync(Ct);

        Assert.Equal(["one", "one", "two"], sender.Sent);
        Assert.Null(await store.PeekAsync(alice, Ct));
        Assert.Equal(["for the web chat"], (await store.DequeueAllAsync(new ChannelIdentity("web", "bob"), Ct)).Select(r => r.Text));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_message_that_can_never_go_is_dropped_and_the_next_one_goes(StoreKind kind)
    {
        var (store, time) = Create(kind);
        var sender = new RecordingSender("sms", "whatsapp");
        var dispatcher = new OutboxDispatcher(store, [sender], time, NullLogger<OutboxDispatcher>.Instance);
        var bob = new ChannelIdentity("sms", "+33612345678");
        await store.EnqueueAsync(bob, new("blocked"), Ct);
        await store.EnqueueAsync(bob, new("after"), Ct);
        sender.Answers.Enqueue(Delivery.Never("21610"));

        await dispatcher.DeliverAsync(Ct);

        Assert.Equal(["blocked", "after"], sender.Sent);
        Assert.Empty(await store.ListOutboxRecipientsAsync(["sms"], 10, Ct));
    }

    [Fact]
    public async Task Without_a_pushing_channel_nothing_is_taken_from_the_outbox()
    {
        var (store, time) = Create(StoreKind.InMemory);
        var dispatcher = new OutboxDispatcher(store, [], time, NullLogger<OutboxDispatcher>.Instance);
        await store.EnqueueAsync(new ChannelIdentity("telegram", "1"), new("kept"), Ct);

        await dispatcher.DeliverAsync(Ct);

        Assert.Equal("kept", (await store.PeekAsync(new ChannelIdentity("telegram", "1"), Ct))?.Text);
    }

    private (IConversationStore Store, ManualTimeProvider Time) Create(StoreKind kind)
    {
        var time = new ManualTimeProvider();
        IConversationStore store = kind == StoreKind.Redis
            ? new RedisConversationStore(redis.Connection, time, RedisStoreFixture.NewPrefix("outbox"))
            : new InMemoryConversationStore(time);
        return (store, time);
    }

    private sealed class RecordingSender(params string[] channels) : IChannelSender
    {
        public Queue<Delivery> Answers { get; } = new();

        public List<string> Sent { get; } = [];

        public IReadOnlyCollection<string> Channels => channels;

        public Task<Delivery> SendAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken)
        {
            Sent.Add(reply.Text);
            return Task.FromResult(Answers.TryDequeue(out var answer) ? answer : Delivery.Sent);
        }
    }
}

using Conversational.Bots.Conversations;
using Conversational.Bots.Hosting;
using Conversational.Wallet.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>What must hold when messages come twice, at once, or while the ledger does not answer.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class ReliabilityTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_redelivered_message_gets_the_same_replies_and_moves_nothing_again(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        await chat.SayAsync("alice", "#send 5EUR @bob");

        var first = await chat.SayAsync("alice", "yes", messageId: "yes-1");
        var again = await chat.SayAsync("alice", "yes", messageId: "yes-1");
        var other = await chat.SayAsync("alice", "yes", messageId: "yes-2");

        Assert.Equal(first, again);
        Assert.StartsWith("Done:", first[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("There is nothing to confirm", other[0].Text, StringComparison.Ordinal);
        Assert.Equal(95_00, await chat.BalanceAsync("alice"));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Many_yes_at_once_from_one_person_confirm_one_transfer(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        await chat.SayAsync("alice", "#send 5EUR @bob");

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => chat.SayAsync("alice", "yes", messageId: $"y{i}"))));

        Assert.Single(answers, a => a[0].Text.StartsWith("Done:", StringComparison.Ordinal));
        Assert.Equal(11, answers.Count(a => a[0].Text.StartsWith("There is nothing to confirm", StringComparison.Ordinal)));
        Assert.Equal(95_00, await chat.BalanceAsync("alice"));
        Assert.Equal(105_00, await chat.BalanceAsync("bob"));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task When_the_ledger_does_not_answer_the_person_is_told_it_is_checked_and_later_gets_the_result(StoreKind store)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner) { FailAfterCommit = true });
        await chat.SayAsync("alice", "#send 5EUR @bob");
        ledger!.FailNext(3);

        var checking = await chat.SayAsync("alice", "yes");
        Assert.Equal("Your transfer of €5.00 to Bob (@bob) is being checked. I'll tell you the result here; please don't send it again.",
            Assert.Single(checking).Text);
        Assert.Equal(["alice"], await UnsettledHandlesAsync(chat));

        await chat.Engine.SettleAsync(Wallet.AccountId.Person("alice"), TestContext.Current.CancellationToken);

        var update = Assert.Single(await chat.OutboxAsync("alice"));
        Assert.Equal("Update: your transfer of €5.00 to Bob (@bob) went through.", update.Text);
        Assert.Empty(await UnsettledHandlesAsync(chat));
        Assert.Equal(95_00, await chat.BalanceAsync("alice"));
        Assert.Equal(105_00, await chat.BalanceAsync("bob"));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_settled_outcome_is_not_sent_to_a_chat_that_said_stop_meanwhile(StoreKind store)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner) { FailAfterCommit = true });
        await chat.SayAsync("alice", "#send 5EUR @bob");
        ledger!.FailNext(3);
        await chat.SayAsync("alice", "yes");
        var optOuts = new ChatOptOuts(chat.Services.Store, chat.Services.Directory, chat.Time);
        Assert.True(await optOuts.RecordAsync(new ChannelIdentity(ChannelIdentity.WebChannel, "alice"), TestContext.Current.CancellationToken));

        await chat.Engine.SettleAsync(Wallet.AccountId.Person("alice"), TestContext.Current.CancellationToken);

        Assert.Empty(await chat.OutboxAsync("alice"));
        Assert.Empty(await UnsettledHandlesAsync(chat));
        Assert.Equal(95_00, await chat.BalanceAsync("alice"));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task An_unknown_outcome_is_settled_by_the_persons_next_message_too(StoreKind store)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner) { FailAfterCommit = true });
        await chat.SayAsync("alice", "#send 5EUR @bob");
        ledger!.FailNext(3);
        await chat.SayAsync("alice", "yes");

        var next = await chat.SayAsync("alice", "#balance");

        Assert.Equal(["Update: your transfer of €5.00 to Bob (@bob) went through.", "Your balance: €95.00."], next.Select(r => r.Text));
        await chat.CheckInvariantsAsync();
    }

    [Fact]
    public async Task When_the_conversation_cannot_be_saved_after_money_moved_the_person_is_never_told_nothing_was_done()
    {
        FailingSaveStore? store = null;
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory, wrapStore: inner => store = new FailingSaveStore(inner));
        await chat.SayAsync("alice", "#balance");
        await chat.SayAsync("alice", "#send 5EUR @bob");
        store!.FailSaves = true;

        var yes = await chat.SayAsync("alice", "yes", messageId: "yes-1");
        var balance = await chat.SayAsync("alice", "#balance");

        Assert.Equal("Your transfer of €5.00 to Bob (@bob) is being checked. I'll tell you the result here; please don't send it again.",
            Assert.Single(yes).Text);
        Assert.Equal("Something went wrong on our side and nothing was done. Please try again in a moment.", Assert.Single(balance).Text);
        store.FailSaves = false;
        var redelivered = await chat.SayAsync("alice", "yes", messageId: "yes-1");
        Assert.StartsWith("Done: you sent €5.00 to Bob (@bob).", redelivered[0].Text, StringComparison.Ordinal);
        Assert.Equal(95_00, await chat.BalanceAsync("alice"));
        await chat.CheckInvariantsAsync();
    }

    [Fact]
    public async Task An_old_confirm_button_never_confirms_a_newer_request()
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory);
        var first = await chat.SayAsync("alice", "#send 5EUR @bob");
        var oldConfirm = first[0].Choices[0].Value;
        await chat.SayAsync("alice", "#send 80EUR @bob");

        var pressed = await chat.PressValueAsync("alice", oldConfirm);

        Assert.Equal("That button is no longer valid. Send HELP to see what you can do now.", pressed[0].Text);
        Assert.Equal(100_00, await chat.BalanceAsync("alice"));
    }

    [Fact]
    public async Task Money_nobody_claims_goes_back_after_seven_days_and_the_sender_is_told()
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory);
        await chat.SayAsync("alice", "#send 5EUR @carol");
        await chat.SayAsync("alice", "yes");
        chat.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var service = new PendingReturnService(chat.Services.Wallet, chat.Engine, chat.Time, NullLogger<PendingReturnService>.Instance);

        await service.StartAsync(TestContext.Current.CancellationToken);
        IReadOnlyList<OutboundReply> told = [];
        for (var i = 0; i < 100 && told.Count == 0; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            told = await chat.OutboxAsync("alice");
        }
        await service.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal("The €5.00 you sent to @carol wasn't claimed in time, so it came back to your balance.", Assert.Single(told).Text);
        Assert.Equal(100_00, await chat.BalanceAsync("alice"));
        await chat.CheckInvariantsAsync();
    }

    private static async Task<List<string>> UnsettledHandlesAsync(ChatHarness chat)
    {
        var handles = new List<string>();
        foreach (var person in await chat.Services.Store.ListUnsettledAsync(10, TestContext.Current.CancellationToken))
        {
            var party = await chat.Services.Directory.FindByAccountAsync(Wallet.AccountId.Parse(person), TestContext.Current.CancellationToken);
            handles.Add(party!.Handle!);
        }
        return handles;
    }
}

using System.Diagnostics;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;

namespace Conversational.Bots.Tests.Stores;

/// <summary>
/// The behaviour every <see cref="IConversationStore"/> must have, run once per store by a subclass that says how to
/// create one. Each test uses one store, created empty (its own keys), on <see cref="Time"/>.
/// </summary>
public abstract class ConversationStoreContractTests
{
    protected const string Alice = "person:alice";
    protected const string Bob = "person:bob";

    /// <summary>How long a test lets a lock wait before it calls the lock "still held" (cancels the wait).</summary>
    private static readonly TimeSpan HeldProbe = TimeSpan.FromMilliseconds(300);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected ManualTimeProvider Time { get; } = new();

    /// <summary>A new, empty store on <see cref="Time"/>.</summary>
    protected abstract IConversationStore CreateStore(TimeSpan? deduplicationPeriod = null);

    /// <summary>The store as another instance of the service sees it: the same data, its own connection.</summary>
    protected abstract Task<IConversationStore> SecondInstanceAsync(IConversationStore first);

    /// <summary>Lets <paramref name="duration"/> pass for the store's expiries: the manual clock in memory, real time
    /// on Redis (its keys expire by the server's clock).</summary>
    protected abstract Task LetTimePassAsync(TimeSpan duration);

    [Fact]
    public async Task Loading_an_unknown_person_gives_a_new_conversation_at_version_0()
    {
        var store = CreateStore();

        var loaded = await store.LoadAsync(Alice, Ct);

        Assert.Equal(0, loaded.Version);
        Assert.Equal(ConversationState.Idle, loaded.Data.State);
        Assert.Null(loaded.Data.Intent);
        Assert.Empty(loaded.Data.Unsettled);
    }

    [Fact]
    public async Task A_saved_conversation_loads_back_with_every_field_at_the_next_version()
    {
        var store = CreateStore();
        var data = FullConversation();

        Assert.True(await store.SaveAsync(Alice, data, 0, "web:alice:m1", [], Ct));
        var loaded = await store.LoadAsync(Alice, Ct);

        Assert.Equal(1, loaded.Version);
        Assert.Equal(ConversationState.AwaitingConfirmation, loaded.Data.State);
        Assert.Equal("fr", loaded.Data.Language);
        Assert.Equal(data.Intent, loaded.Data.Intent);
        Assert.Equal(7, loaded.Data.HistoryShown);
        Assert.Equal(["person:bob", "charity:restos"], loaded.Data.KnownRecipients);
        Assert.Equal(data.Unsettled, loaded.Data.Unsettled);
        Assert.Equal(data.ClaimOfferSnoozedUntil, loaded.Data.ClaimOfferSnoozedUntil);
        Assert.Equal(["sms:+33612345678"], loaded.Data.StoppedChats);
        Assert.Equal(0, (await store.LoadAsync(Bob, Ct)).Version);
    }

    [Fact]
    public async Task Each_save_needs_the_version_the_previous_one_made()
    {
        var store = CreateStore();

        Assert.True(await store.SaveAsync(Alice, new ConversationData { HistoryShown = 1 }, 0, "m1", [], Ct));
        Assert.True(await store.SaveAsync(Alice, new ConversationData { HistoryShown = 2 }, 1, "m2", [], Ct));
        Assert.True(await store.SaveAsync(Alice, new ConversationData { HistoryShown = 3 }, 2, "m3", [], Ct));

        var loaded = await store.LoadAsync(Alice, Ct);
        Assert.Equal(3, loaded.Version);
        Assert.Equal(3, loaded.Data.HistoryShown);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_save_with_a_stale_version_returns_false_and_writes_neither_the_data_nor_the_replies(long staleVersion)
    {
        var store = CreateStore();
        Assert.True(await store.SaveAsync(Alice, new ConversationData { Language = "en" }, 0, "m1", [new("first")], Ct));

        var saved = await store.SaveAsync(
            Alice, new ConversationData { Language = "ar", Unsettled = [Intent("t-9")] }, staleVersion, "m2", [new("second")], Ct);

        Assert.False(saved);
        var loaded = await store.LoadAsync(Alice, Ct);
        Assert.Equal(1, loaded.Version);
        Assert.Equal("en", loaded.Data.Language);
        Assert.Null(await store.FindRepliesAsync("m2", Ct));
        Assert.Empty(await store.ListUnsettledAsync(10, Ct));
    }

    [Fact]
    public async Task Two_writers_from_one_version_make_one_save()
    {
        var store = CreateStore();

        var saves = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(
            () => store.SaveAsync(Alice, new ConversationData { HistoryShown = i }, 0, $"m{i}", [], Ct), Ct)));

        Assert.Single(saves, saved => saved);
        Assert.Equal(1, (await store.LoadAsync(Alice, Ct)).Version);
    }

    [Fact]
    public async Task The_replies_of_a_saved_message_are_found_by_its_deduplication_key()
    {
        var store = CreateStore();
        OutboundReply[] replies = [new("Send 50.00 EUR to @bob?", [new("Yes", "yes"), new("No", "no")]), new("Balance: 12.00 EUR")];

        Assert.True(await store.SaveAsync(Alice, new ConversationData(), 0, "telegram:bot:4321:update:77", replies, Ct));
        var found = await store.FindRepliesAsync("telegram:bot:4321:update:77", Ct);

        Assert.NotNull(found);
        Assert.Equal(2, found.Count);
        Assert.Equal(replies[0].Text, found[0].Text);
        Assert.Equal(replies[0].Choices, found[0].Choices);
        Assert.Equal(replies[1].Text, found[1].Text);
        Assert.Empty(found[1].Choices);
        Assert.Null(await store.FindRepliesAsync("telegram:bot:4321:update:78", Ct));
    }

    [Fact]
    public async Task A_message_handled_without_replies_is_still_known()
    {
        var store = CreateStore();

        Assert.True(await store.SaveAsync(Alice, new ConversationData(), 0, "m1", [], Ct));

        Assert.Equal([], await store.FindRepliesAsync("m1", Ct));
    }

    [Fact]
    public async Task Replies_are_forgotten_once_the_deduplication_period_is_over()
    {
        var period = TimeSpan.FromSeconds(1);
        var store = CreateStore(period);
        Assert.True(await store.SaveAsync(Alice, new ConversationData(), 0, "m1", [new("done")], Ct));
        Assert.NotNull(await store.FindRepliesAsync("m1", Ct));

        await LetTimePassAsync(period + TimeSpan.FromMilliseconds(200));

        Assert.Null(await store.FindRepliesAsync("m1", Ct));
        Assert.Equal(1, (await store.LoadAsync(Alice, Ct)).Version);
    }

    [Fact]
    public async Task A_person_is_listed_as_unsettled_exactly_while_their_data_has_unsettled_transfers()
    {
        var store = CreateStore();

        Assert.True(await store.SaveAsync(Alice, new ConversationData { Unsettled = [Intent("t-1")] }, 0, "m1", [], Ct));
        Assert.True(await store.SaveAsync(Bob, new ConversationData(), 0, "m2", [], Ct));
        Assert.Equal([Alice], await store.ListUnsettledAsync(10, Ct));

        Assert.True(await store.SaveAsync(Alice, new ConversationData { Unsettled = [Intent("t-1"), Intent("t-2")] }, 1, "m3", [], Ct));
        Assert.Equal([Alice], await store.ListUnsettledAsync(10, Ct));

        Assert.True(await store.SaveAsync(Alice, new ConversationData(), 2, "m4", [], Ct));
        Assert.Empty(await store.ListUnsettledAsync(10, Ct));
    }

    [Fact]
    public async Task Listing_unsettled_persons_gives_at_most_the_number_asked()
    {
        var store = CreateStore();
        string[] persons = ["person:a", "person:b", "person:c"];
        foreach (var person in persons)
        {
            Assert.True(await store.SaveAsync(person, new ConversationData { Unsettled = [Intent("t-" + person)] }, 0, "m-" + person, [], Ct));
        }

        var two = await store.ListUnsettledAsync(2, Ct);

        Assert.Equal(2, two.Count);
        Assert.Equal(2, two.Distinct().Count());
        Assert.All(two, person => Assert.Contains(person, persons));
        Assert.Equal(persons, (await store.ListUnsettledAsync(10, Ct)).Order());
        Assert.Empty(await store.ListUnsettledAsync(0, Ct));
    }

    [Fact]
    public async Task The_outbox_gives_an_identity_its_messages_in_order_and_only_once()
    {
        var store = CreateStore();
        var alice = new ChannelIdentity("telegram", "111");
        var bob = new ChannelIdentity("sms", "+33612345678");
        await store.EnqueueAsync(alice, new("one", [new("OK", "ok")]), Ct);
        await store.EnqueueAsync(bob, new("for bob"), Ct);
        await store.EnqueueAsync(alice, new("two"), Ct);
        await store.EnqueueAsync(alice, new("three"), Ct);

        var first = await store.DequeueAllAsync(alice, Ct);
        var second = await store.DequeueAllAsync(alice, Ct);

        Assert.Equal(["one", "two", "three"], first.Select(r => r.Text));
        Assert.Equal([new ReplyChoice("OK", "ok")], first[0].Choices);
        Assert.Empty(second);
        Assert.Equal(["for bob"], (await store.DequeueAllAsync(bob, Ct)).Select(r => r.Text));
        Assert.Empty(await store.DequeueAllAsync(new ChannelIdentity("web", "nobody"), Ct));
    }

    [Fact]
    public async Task A_pushing_channel_peeks_its_recipients_messages_in_order_and_removes_each_once_delivered()
    {
        var store = CreateStore();
        var alice = new ChannelIdentity("telegram", "111");
        var bob = new ChannelIdentity("sms", "+33612345678");
        var web = new ChannelIdentity("web", "carol");
        await store.EnqueueAsync(alice, new("one"), Ct);
        await store.EnqueueAsync(alice, new("two"), Ct);
        await store.EnqueueAsync(bob, new("for bob"), Ct);
        await store.EnqueueAsync(web, new("for the web"), Ct);

        Assert.Equal([alice], await store.ListOutboxRecipientsAsync(["telegram"], 10, Ct));
        Assert.Equal([bob, alice], (await store.ListOutboxRecipientsAsync(["telegram", "sms", "whatsapp"], 10, Ct)).OrderBy(i => i.Key, StringComparer.Ordinal));
        Assert.Equal("one", (await store.PeekAsync(alice, Ct))?.Text);
        Assert.Equal("one", (await store.PeekAsync(alice, Ct))?.Text);
        await store.RemoveFirstAsync(alice, Ct);
        Assert.Equal("two", (await store.PeekAsync(alice, Ct))?.Text);
        await store.RemoveFirstAsync(alice, Ct);
        Assert.Null(await store.PeekAsync(alice, Ct));
        Assert.Empty(await store.ListOutboxRecipientsAsync(["telegram"], 10, Ct));
        await store.DequeueAllAsync(bob, Ct);
        Assert.Empty(await store.ListOutboxRecipientsAsync(["sms"], 10, Ct));
        Assert.Equal(["for the web"], (await store.DequeueAllAsync(web, Ct)).Select(r => r.Text));
    }

    [Fact]
    public async Task Concurrent_takers_of_one_outbox_get_each_message_once()
    {
        var store = CreateStore();
        var alice = new ChannelIdentity("web", "alice");
        for (var i = 0; i < 50; i++)
        {
            await store.EnqueueAsync(alice, new($"n{i}"), Ct);
        }

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.DequeueAllAsync(alice, Ct), Ct)));

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"n{i}"), taken.Single(t => t.Count > 0).Select(r => r.Text));
    }

    [Fact]
    public async Task A_held_lock_keeps_the_next_holder_waiting_until_it_is_released()
    {
        var store = CreateStore();
        var first = await store.LockAsync(Alice, Ct);

        var second = store.LockAsync(Alice, Ct);
        await Task.Delay(HeldProbe, Ct);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();

        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task The_lock_keeps_out_a_holder_from_another_instance_until_released()
    {
        var store = CreateStore();
        var other = await SecondInstanceAsync(store);
        var first = await store.LockAsync(Alice, Ct);

        await AssertHeldAsync(other, Alice);
        await first.DisposeAsync();

        await using var second = await other.LockAsync(Alice, Ct);
        await AssertHeldAsync(store, Alice);
    }

    [Fact]
    public async Task Locks_of_different_persons_do_not_wait_for_each_other()
    {
        var store = CreateStore();
        await using var alice = await store.LockAsync(Alice, Ct);

        await using var bob = await store.LockAsync(Bob, Ct).WaitAsync(TimeSpan.FromSeconds(1), Ct);
    }

    [Fact]
    public async Task A_lock_held_longer_than_the_wait_makes_the_next_holder_time_out()
    {
        var store = CreateStore();
        await using var first = await store.LockAsync(Alice, Ct);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(() => store.LockAsync(Alice, Ct));

        Assert.True(clock.Elapsed >= ConversationSettings.LockWait - TimeSpan.FromMilliseconds(100), $"Gave up after {clock.Elapsed}.");
    }

    [Fact]
    public async Task A_lock_disposed_twice_is_released_once_and_the_next_holder_keeps_it()
    {
        var store = CreateStore();
        var first = await store.LockAsync(Alice, Ct);
        await first.DisposeAsync();
        var second = await store.LockAsync(Alice, Ct);

        await first.DisposeAsync();

        await AssertHeldAsync(store, Alice);
        await second.DisposeAsync();
        await using var third = await store.LockAsync(Alice, Ct).WaitAsync(TimeSpan.FromSeconds(1), Ct);
    }

    [Fact]
    public async Task Waiting_for_a_lock_stops_when_cancelled()
    {
        var store = CreateStore();
        await using var first = await store.LockAsync(Alice, Ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var clock = Stopwatch.StartNew();

        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.LockAsync(Alice, cancel.Token));

        Assert.True(clock.Elapsed < ConversationSettings.LockWait / 2, $"Stopped after {clock.Elapsed}.");
    }

    [Fact]
    public async Task Opening_a_new_message_holds_the_person_and_loads_their_conversation()
    {
        var store = CreateStore();
        Assert.True(await store.SaveAsync(Alice, FullConversation(), 0, "web:alice:m0", [], Ct));

        await using var opened = await store.OpenTurnAsync(Alice, "web:alice:m1", Ct);

        Assert.Null(opened.Replayed);
        Assert.Equal(1, opened.Conversation!.Version);
        Assert.Equal("fr", opened.Conversation.Data.Language);
        await AssertHeldAsync(store, Alice);
    }

    [Fact]
    public async Task Saving_an_opened_turn_lets_the_person_go_and_the_same_message_then_replays_its_replies()
    {
        var store = CreateStore();
        var opened = await store.OpenTurnAsync(Alice, "web:alice:m1", Ct);
        var data = opened.Conversation!.Data;
        data.Language = "ar";

        Assert.True(await store.SaveAndReleaseAsync(Alice, opened, data, "web:alice:m1", [OutboundReply.Plain("done")], queueFor: null, [], Ct));

        await using (await store.LockAsync(Alice, Ct).WaitAsync(TimeSpan.FromSeconds(1), Ct))
        {
        }
        await using var again = await store.OpenTurnAsync(Alice, "web:alice:m1", Ct);
        Assert.Equal("done", Assert.Single(again.Replayed!).Text);
        Assert.Null(again.Conversation);
        Assert.Equal("ar", (await store.LoadAsync(Alice, Ct)).Data.Language);
        await using var free = await store.LockAsync(Alice, Ct).WaitAsync(TimeSpan.FromSeconds(1), Ct);
    }

    [Fact]
    public async Task Saving_an_opened_turn_can_queue_its_replies_for_a_pushing_channel_in_order()
    {
        var store = CreateStore();
        var telegram = new ChannelIdentity("telegram", "42");
        var opened = await store.OpenTurnAsync(Alice, "telegram:42:1", Ct);

        Assert.True(await store.SaveAndReleaseAsync(
            Alice, opened, opened.Conversation!.Data, "telegram:42:1", [OutboundReply.Plain("one"), OutboundReply.Plain("two")], telegram, [], Ct));

        Assert.Equal([telegram], await store.ListOutboxRecipientsAsync(["telegram"], 10, Ct));
        Assert.Equal(["one", "two"], (await store.DequeueAllAsync(telegram, Ct)).Select(r => r.Text));
    }

    [Fact]
    public async Task A_stale_opened_turn_saves_nothing_queues_nothing_and_still_lets_the_person_go()
    {
        var store = CreateStore();
        var telegram = new ChannelIdentity("telegram", "42");
        var opened = await store.OpenTurnAsync(Alice, "telegram:42:1", Ct);
        var other = await SecondInstanceAsync(store);
        // Another writer that did not wait (a lease that ran out) moved the conversation on.
        Assert.True(await other.SaveAsync(Alice, new ConversationData { Language = "en" }, 0, "web:alice:other", [], Ct));

        Assert.False(await store.SaveAndReleaseAsync(
            Alice, opened, new ConversationData { Language = "fr" }, "telegram:42:1", [OutboundReply.Plain("one")], telegram, [], Ct));

        Assert.Equal("en", (await store.LoadAsync(Alice, Ct)).Data.Language);
        Assert.Null(await store.FindRepliesAsync("telegram:42:1", Ct));
        Assert.Empty(await store.ListOutboxRecipientsAsync(["telegram"], 10, Ct));
        await using var free = await store.LockAsync(Alice, Ct).WaitAsync(TimeSpan.FromSeconds(1), Ct);
    }

    [Fact]
    public async Task Saving_an_opened_turn_queues_its_notices_in_each_persons_language_but_not_to_chats_that_said_stop()
    {
        var store = CreateStore();
        var bobTelegram = new ChannelIdentity("telegram", "43");
        var bobSms = new ChannelIdentity(ChannelIdentity.SmsChannel, "+33611111111");
        var carol = new ChannelIdentity("web", "carol");
        var bob = new ConversationData { Language = "fr" };
        bob.Stop(bobSms);
        Assert.True(await store.SaveAsync(Bob, bob, 0, "web:bob:m1", [], Ct));
        var opened = await store.OpenTurnAsync(Alice, "telegram:42:1", Ct);

        Assert.True(await store.SaveAndReleaseAsync(Alice, opened, opened.Conversation!.Data, "telegram:42:1", [OutboundReply.Plain("sent")],
            queueFor: null,
            [
                new QueuedNotice(Bob, [bobTelegram, bobSms], language => OutboundReply.Plain("to bob in " + language)),
                new QueuedNotice("person:carol", [carol], language => OutboundReply.Plain("to carol in " + (language ?? "none"))),
            ], Ct));

        Assert.Equal(["to bob in fr"], (await store.DequeueAllAsync(bobTelegram, Ct)).Select(r => r.Text));
        Assert.Empty(await store.DequeueAllAsync(bobSms, Ct));
        Assert.Equal(["to carol in none"], (await store.DequeueAllAsync(carol, Ct)).Select(r => r.Text));
        await using var free = await store.LockAsync(Alice, Ct).WaitAsync(TimeSpan.FromSeconds(1), Ct);
    }

    [Fact]
    public async Task A_stale_opened_turn_queues_none_of_its_notices()
    {
        var store = CreateStore();
        var bobTelegram = new ChannelIdentity("telegram", "43");
        var opened = await store.OpenTurnAsync(Alice, "telegram:42:1", Ct);
        var other = await SecondInstanceAsync(store);
        Assert.True(await other.SaveAsync(Alice, new ConversationData { Language = "en" }, 0, "web:alice:other", [], Ct));

        Assert.False(await store.SaveAndReleaseAsync(Alice, opened, new ConversationData(), "telegram:42:1", [], queueFor: null,
            [new QueuedNotice(Bob, [bobTelegram], _ => OutboundReply.Plain("never"))], Ct));

        Assert.Empty(await store.DequeueAllAsync(bobTelegram, Ct));
    }

    [Fact]
    public async Task A_second_message_of_a_held_person_waits_until_the_first_turn_is_saved()
    {
        var store = CreateStore();
        var other = await SecondInstanceAsync(store);
        var first = await store.OpenTurnAsync(Alice, "web:alice:m1", Ct);

        var second = other.OpenTurnAsync(Alice, "web:alice:m2", Ct);
        await Task.Delay(HeldProbe, Ct);
        Assert.False(second.IsCompleted);
        Assert.True(await store.SaveAndReleaseAsync(Alice, first, first.Conversation!.Data, "web:alice:m1", [], queueFor: null, [], Ct));

        await using var opened = await second.WaitAsync(TimeSpan.FromSeconds(5), Ct);
        Assert.Equal(1, opened.Conversation!.Version);
    }

    [Fact]
    public async Task A_notice_is_queued_for_each_identity_in_the_language_the_person_last_used()
    {
        var store = CreateStore();
        var telegram = new ChannelIdentity("telegram", "42");
        var sms = new ChannelIdentity(ChannelIdentity.SmsChannel, "+33612345678");
        Assert.True(await store.SaveAsync(Alice, new ConversationData { Language = "ar" }, 0, "web:alice:m1", [], Ct));

        Assert.True(await store.QueueNoticeAsync(Alice, [telegram, sms], language => OutboundReply.Plain("notice in " + (language ?? "none")), Ct));

        Assert.Equal(["notice in ar"], (await store.DequeueAllAsync(telegram, Ct)).Select(r => r.Text));
        Assert.Equal(["notice in ar"], (await store.DequeueAllAsync(sms, Ct)).Select(r => r.Text));
    }

    [Fact]
    public async Task A_notice_to_someone_who_never_wrote_uses_no_language_and_to_someone_who_opted_out_is_not_queued()
    {
        var store = CreateStore();
        var telegram = new ChannelIdentity("telegram", "42");
        var bobs = new ChannelIdentity("telegram", "43");
        var bobsSms = new ChannelIdentity("sms", "+33611111111");
        var stopped = new ConversationData { Language = "fr" };
        stopped.Stop(bobs);
        stopped.Stop(bobsSms);
        Assert.True(await store.SaveAsync(Bob, stopped, 0, "web:bob:m1", [], Ct));

        Assert.True(await store.QueueNoticeAsync(Alice, [telegram], language => OutboundReply.Plain("notice in " + (language ?? "none")), Ct));
        Assert.False(await store.QueueNoticeAsync(Bob, [bobs, bobsSms], _ => OutboundReply.Plain("never"), Ct));

        Assert.Equal([telegram], await store.ListOutboxRecipientsAsync(["telegram"], 10, Ct));
        Assert.Equal(["notice in none"], (await store.DequeueAllAsync(telegram, Ct)).Select(r => r.Text));
    }

    [Fact]
    public async Task A_notice_skips_only_the_chats_that_said_stop()
    {
        var store = CreateStore();
        var telegram = new ChannelIdentity("telegram", "43");
        var sms = new ChannelIdentity("sms", "+33611111111");
        var web = new ChannelIdentity("web", "bob smith");
        var data = new ConversationData { Language = "fr" };
        data.Stop(sms);
        Assert.True(await store.SaveAsync(Bob, data, 0, "web:bob:m1", [], Ct));

        Assert.True(await store.QueueNoticeAsync(Bob, [telegram, sms, web], language => OutboundReply.Plain("notice in " + language), Ct));

        Assert.Equal(["notice in fr"], (await store.DequeueAllAsync(telegram, Ct)).Select(r => r.Text));
        Assert.Equal(["notice in fr"], (await store.DequeueAllAsync(web, Ct)).Select(r => r.Text));
        Assert.Empty(await store.DequeueAllAsync(sms, Ct));
        Assert.Empty(await store.ListOutboxRecipientsAsync(["sms"], 10, Ct));
    }

    [Fact]
    public async Task Fields_written_by_a_newer_version_survive_a_save_by_this_one()
    {
        var store = CreateStore();
        var newer = ConversationJson.ReadData("""{"State":"Idle","Language":"fr","PaidTwiceGuard":{"ids":["a","b"]},"Tier":3}""");
        Assert.True(await store.SaveAsync(Bob, newer, 0, "web:bob:m1", [], Ct));
        var loaded = await store.LoadAsync(Bob, Ct);
        loaded.Data.Language = "ar";
        Assert.True(await store.SaveAsync(Bob, loaded.Data, loaded.Version, "web:bob:m2", [], Ct));

        var json = ConversationJson.Write((await store.LoadAsync(Bob, Ct)).Data);
        Assert.Contains("\"PaidTwiceGuard\":{\"ids\":[\"a\",\"b\"]}", json, StringComparison.Ordinal);
        Assert.Contains("\"Tier\":3", json, StringComparison.Ordinal);
        Assert.Contains("\"Language\":\"ar\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_saved_when_stop_was_one_flag_per_person_stops_every_chat_and_start_lifts_only_its_own()
    {
        var store = CreateStore();
        var telegram = new ChannelIdentity("telegram", "43");
        var sms = new ChannelIdentity("sms", "+33611111111");
        var legacy = ConversationJson.ReadData("""{"State":"Idle","Language":"fr","OptedOut":true}""");
        Assert.True(await store.SaveAsync(Bob, legacy, 0, "web:bob:m1", [], Ct));

        Assert.False(await store.QueueNoticeAsync(Bob, [telegram, sms], _ => OutboundReply.Plain("never"), Ct));

        var loaded = await store.LoadAsync(Bob, Ct);
        Assert.True(loaded.Data.IsStopped(sms));
        loaded.Data.Resume(telegram, [telegram, sms]);
        Assert.True(await store.SaveAsync(Bob, loaded.Data, loaded.Version, "web:bob:m2", [], Ct));
        Assert.True(await store.QueueNoticeAsync(Bob, [telegram, sms], _ => OutboundReply.Plain("back"), Ct));
        Assert.Single(await store.DequeueAllAsync(telegram, Ct));
        Assert.Empty(await store.DequeueAllAsync(sms, Ct));   // START on Telegram does not write to the number again
        Assert.DoesNotContain("OptedOut", ConversationJson.Write((await store.LoadAsync(Bob, Ct)).Data), StringComparison.Ordinal);
    }

    /// <summary>Someone holds the person's lock: a wait for it is still waiting after <see cref="HeldProbe"/>.</summary>
    protected static async Task AssertHeldAsync(IConversationStore store, string person)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(HeldProbe);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            var unexpected = await store.LockAsync(person, cancel.Token);
            await unexpected.DisposeAsync();
        });
    }

    /// <summary>A conversation with every field set to something other than its default.</summary>
    protected static ConversationData FullConversation() => new()
    {
        State = ConversationState.AwaitingConfirmation,
        Language = "fr",
        Intent = Intent("web:alice:m1:send"),
        HistoryShown = 7,
        KnownRecipients = ["person:bob", "charity:restos"],
        Unsettled =
        [
            Intent("web:alice:m0:send"),
            new TransferIntent("sms:m5:send", null, "+33 6 12 34 56 78", "+33612345678", 2_000, "EUR", 0,
                new DateTimeOffset(2030, 1, 15, 9, 0, 0, TimeSpan.FromHours(1)), "sms"),
        ],
        ClaimOfferSnoozedUntil = new DateTimeOffset(2030, 1, 16, 10, 0, 0, TimeSpan.Zero),
        StoppedChats = ["sms:+33612345678"],
    };

    protected static TransferIntent Intent(string transferId) =>
        new(transferId, "merchant:shop", "Shop (@shop)", null, 5_050, "EUR", 101, ManualTimeProvider.DefaultStart, "web");
}

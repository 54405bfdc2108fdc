using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>A reply over 4096 characters, queued in the outbox, goes to the fake Bot API as several messages.</summary>
public sealed class TelegramLongReplyTests : IAsyncLifetime
{
    private const long Chat = 5551234567;
    private static readonly ChannelIdentity Person = new("telegram", "5551234567");

    private FakeBotApi _api = null!;
    private WebApplicationFactory<Program> _service = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync(Ct);
        _service = ServiceFactory.Create(web =>
        {
            web.UseSetting("Telegram:BotToken", FakeBotApi.Token);
            web.UseSetting("Telegram:WebhookSecret", "test_SECRET-0123456789");
            web.UseSetting("Telegram:ApiBaseUrl", _api.BaseUrl);
        });
        _service.CreateClient().Dispose();   // starts the host, its outbox dispatcher with it
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_long_reply_is_sent_in_order_as_several_messages_with_the_keyboard_on_the_last()
    {
        var reply = LongReply();
        var expected = TelegramMessageParts.Split(reply.Text);
        Assert.Equal(3, expected.Count);

        await QueueAsync(reply);
        await FakeBotApi.WaitUntilAsync(() => _api.Delivered(Chat).Count == 3, TimeSpan.FromSeconds(20));

        Assert.Equal(expected, _api.Delivered(Chat));
        var sent = _api.Accepted.ToList();
        Assert.Null(sent[0]["reply_markup"]);
        Assert.Null(sent[1]["reply_markup"]);
        Assert.Equal(2, sent[2]["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).Count());
        Assert.All(sent, s => Assert.InRange(((string)s["text"]!).Length, 1, TelegramMessageParts.MaxLength));
        for (var i = 0; i < 100 && !await OutboxEmptyAsync(); i++)
        {
            await Task.Delay(50, Ct);
        }
        Assert.True(await OutboxEmptyAsync());
    }

    [Fact]
    public async Task A_part_refused_with_429_or_502_is_retried_without_sending_the_earlier_parts_again()
    {
        var reply = LongReply();
        var expected = TelegramMessageParts.Split(reply.Text);
        // Part 1 goes, part 2 hits flood control, then part 2 goes, part 3 fails with 502, then goes.
        foreach (var status in new[] { 200, 429, 200, 502 })
        {
            _api.SendStatuses.Enqueue(status);
        }

        await QueueAsync(reply);
        await FakeBotApi.WaitUntilAsync(() => _api.Delivered(Chat).Count == 3, TimeSpan.FromSeconds(30));
        await Task.Delay(500, Ct);

        Assert.Equal(expected, _api.Delivered(Chat));
        Assert.Equal(5, _api.Sent(Chat).Count);   // 3 parts, 2 of them tried twice
        Assert.True(await OutboxEmptyAsync());
    }

    [Fact]
    public async Task The_same_long_text_queued_again_after_being_sent_is_sent_whole_again()
    {
        var reply = LongReply();

        await QueueAsync(reply);
        await FakeBotApi.WaitUntilAsync(() => _api.Delivered(Chat).Count == 3, TimeSpan.FromSeconds(20));
        await QueueAsync(reply);
        await FakeBotApi.WaitUntilAsync(() => _api.Delivered(Chat).Count == 6, TimeSpan.FromSeconds(20));

        Assert.Equal(_api.Delivered(Chat).Take(3), _api.Delivered(Chat).Skip(3));
    }

    /// <summary>A statement of about 9,000 characters in paragraphs, with two buttons.</summary>
    private static OutboundReply LongReply()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i =>
            $"Mouvement {i:D2} 🧾 : " + string.Join(' ', Enumerable.Repeat("détail", 40)));
        return new OutboundReply(string.Join("\n\n", paragraphs), [new ReplyChoice("Plus", "more"), new ReplyChoice("Aide", "help")]);
    }

    private async Task QueueAsync(OutboundReply reply)
    {
        await _service.Services.GetRequiredService<IConversationStore>().EnqueueAsync(Person, reply, Ct);
        _service.Services.GetRequiredService<Conversational.Bots.Channels.OutboxDispatcher>().Nudge();
    }

    private async Task<bool> OutboxEmptyAsync() =>
        await _service.Services.GetRequiredService<IConversationStore>().PeekAsync(Person, Ct) is null;
}

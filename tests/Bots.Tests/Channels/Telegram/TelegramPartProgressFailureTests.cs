using Conversational.Bots.Channels;
using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Conversations;
using Conversational.Bots.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>A long reply when the store of its progress does not answer: sent from its first part (maybe twice), never
/// skipped, against the fake Bot API.</summary>
public sealed class TelegramPartProgressFailureTests : IAsyncLifetime
{
    private const long Chat = 5551234567;
    private static readonly ChannelIdentity Person = new("telegram", "5551234567");

    private static readonly OutboundReply Reply = new(
        string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"Mouvement {i:D2} 🧾 : " + string.Join(' ', Enumerable.Repeat("détail", 40)))),
        [new ReplyChoice("Plus", "more"), new ReplyChoice("Aide", "help")]);

    private static readonly IReadOnlyList<string> Parts = TelegramMessageParts.Split(Reply.Text);

    private FakeBotApi _api = null!;
    private WebApplicationFactory<Program> _service = null!;
    private FlakyTelegramState _state = null!;
    private TelegramSender _sender = null!;

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
        _state = new FlakyTelegramState(TimeProvider.System);
        _sender = ActivatorUtilities.CreateInstance<TelegramSender>(_service.Services, _state);
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task When_the_store_does_not_answer_a_long_reply_is_sent_whole_once()
    {
        _state.FailAll = true;

        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(Person, Reply, Ct)).Outcome);

        Assert.Equal(Parts, _api.Delivered(Chat));
        Assert.NotNull(_api.Accepted.Last()["reply_markup"]);
    }

    [Fact]
    public async Task When_the_progress_cannot_be_forgotten_before_the_last_part_the_send_waits_and_resumes_there()
    {
        _api.SendStatuses.Enqueue(200);
        _api.SendStatuses.Enqueue(200);
        _api.SendStatuses.Enqueue(502);
        Assert.Equal(DeliveryOutcome.RetryLater, (await _sender.SendAsync(Person, Reply, Ct)).Outcome);

        _state.FailForgets = true;
        Assert.Equal(DeliveryOutcome.RetryLater, (await _sender.SendAsync(Person, Reply, Ct)).Outcome);
        Assert.Equal(3, _api.Sent(Chat).Count);   // nothing sent: parts 1 and 2 are not sent again, part 3 waits

        _state.FailForgets = false;
        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(Person, Reply, Ct)).Outcome);
        Assert.Equal(Parts, _api.Delivered(Chat));
    }

    [Fact]
    public async Task The_same_reply_again_after_its_progress_could_not_be_forgotten_is_sent_whole()
    {
        _state.FailForgets = true;
        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(Person, Reply, Ct)).Outcome);
        _state.FailForgets = false;

        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(Person, Reply, Ct)).Outcome);

        Assert.Equal([.. Parts, .. Parts], _api.Delivered(Chat));
    }

    [Fact]
    public async Task A_failed_last_part_keeps_its_progress_for_the_retry()
    {
        _api.SendStatuses.Enqueue(200);
        _api.SendStatuses.Enqueue(200);
        _api.SendStatuses.Enqueue(429);

        Assert.Equal(DeliveryOutcome.RetryLater, (await _sender.SendAsync(Person, Reply, Ct)).Outcome);
        Assert.Equal(2, await _state.FindPartsSentAsync(Person.SenderId, TelegramPartProgress.Hash(Reply, Parts), Ct));
        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(Person, Reply, Ct)).Outcome);

        Assert.Equal(Parts, _api.Delivered(Chat));
        Assert.Equal(0, await _state.FindPartsSentAsync(Person.SenderId, TelegramPartProgress.Hash(Reply, Parts), Ct));
    }
}

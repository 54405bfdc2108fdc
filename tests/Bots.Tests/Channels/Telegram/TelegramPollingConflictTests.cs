using System.Collections.Concurrent;
using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>Polling mode and Telegram's 409 conflicts: a webhook still set, or another process polling with the same token.</summary>
public sealed class TelegramPollingConflictTests
{
    private const long Sam = 5559876543;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Polling_deletes_a_leftover_webhook_before_its_first_getUpdates()
    {
        await using var api = await FakeBotApi.StartAsync(Ct);
        api.WebhookActive = true;
        api.QueueUpdate(TelegramWebhookTests.Fixture("message-command-en.json", u => u["message"]!["text"] = "/start"));
        await using var service = ServiceFactory.Create(web =>
        {
            web.UseSetting("Telegram:BotToken", FakeBotApi.Token);
            web.UseSetting("Telegram:Mode", "Polling");
            web.UseSetting("Telegram:ApiBaseUrl", api.BaseUrl);
        });
        service.CreateClient().Dispose();

        await FakeBotApi.WaitUntilAsync(() => api.Delivered(Sam).Count == 1, TimeSpan.FromSeconds(15));

        var methods = api.Calls.Select(c => c.Method).ToList();
        Assert.True(methods.IndexOf("deleteWebhook") >= 0, "deleteWebhook was never called");
        Assert.True(methods.IndexOf("deleteWebhook") < methods.IndexOf("getUpdates"), string.Join(", ", methods));
        Assert.False((bool?)api.Called("deleteWebhook")[0]["drop_pending_updates"] ?? false, "pending updates must be kept");
    }

    [Fact]
    public async Task Conflicts_are_logged_and_waited_out_with_a_growing_pause_and_a_webhook_set_again_is_deleted_again()
    {
        await using var api = await FakeBotApi.StartAsync(Ct);
        // The host in webhook mode (no webhook URL, so no setWebhook): it polls not, the test runs its own poller.
        await using var service = ServiceFactory.Create(web =>
        {
            web.UseSetting("Telegram:BotToken", FakeBotApi.Token);
            web.UseSetting("Telegram:WebhookSecret", "test_SECRET-0123456789");
            web.UseSetting("Telegram:ApiBaseUrl", api.BaseUrl);
        });
        service.CreateClient().Dispose();
        var time = new FastForwardTime();
        var logs = new ListLogger();
        using var polling = new TelegramPolling(service.Services.GetRequiredService<TelegramBot>(),
            service.Services.GetRequiredService<TelegramUpdates>(), time, logs);
        api.PollConflicts(3);
        api.QueueUpdate(TelegramWebhookTests.Fixture("message-command-en.json", u => u["message"]!["text"] = "/start"));

        await polling.StartAsync(Ct);
        await FakeBotApi.WaitUntilAsync(() => api.Delivered(Sam).Count == 1, TimeSpan.FromSeconds(15));

        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(12)], time.Pauses.Take(3));
        Assert.Equal(3, logs.Lines.Count(l => l.Contains("another process polls with this bot's token", StringComparison.Ordinal)));
        Assert.DoesNotContain(FakeBotApi.Token, string.Join("\n", logs.Lines), StringComparison.Ordinal);

        // Someone sets a webhook while the service polls: the next getUpdates gets 409, the webhook is deleted again.
        api.WebhookActive = true;
        api.QueueUpdate(TelegramWebhookTests.Fixture("message-command-en.json", u =>
        {
            u["update_id"] = 800000099;
            u["message"]!["text"] = "/help";
        }));
        await FakeBotApi.WaitUntilAsync(() => api.Delivered(Sam).Count == 2, TimeSpan.FromSeconds(15));
        Assert.Equal(2, api.Called("deleteWebhook").Count);
        Assert.Contains(logs.Lines, l => l.Contains("a webhook was set for this bot", StringComparison.Ordinal));
        // After a successful getUpdates the conflicts count from one again.
        Assert.Equal(TimeSpan.FromSeconds(3), time.Pauses.Last());

        await polling.StopAsync(Ct);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 6)]
    [InlineData(5, 48)]
    [InlineData(6, 60)]
    [InlineData(1000, 60)]
    public void The_pause_after_conflicts_doubles_up_to_a_minute(int conflicts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), TelegramPolling.ConflictPause(conflicts));

    /// <summary>Records every pause asked for and lets it pass in a few milliseconds.</summary>
    private sealed class FastForwardTime : TimeProvider
    {
        public ConcurrentQueue<TimeSpan> Pauses { get; } = new();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Pauses.Enqueue(dueTime);
            return System.CreateTimer(callback, state, TimeSpan.FromMilliseconds(5), period);
        }
    }

    private sealed class ListLogger : ILogger<TelegramPolling>
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));
    }
}

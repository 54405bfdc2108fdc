using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// Long polling (<see cref="TelegramMode.Polling"/>), for a machine without a public URL: first deleteWebhook (Telegram
/// refuses getUpdates with 409 while a webhook is set; pending updates are kept), then getUpdates with the offset after
/// the last handled update. An update whose handling fails is asked for again (the offset stays) after a pause;
/// handling is idempotent, so one asked for twice does nothing the second time. A 409 conflict (a webhook set again, or
/// another process polling with the same token) is logged and waited out with a growing pause; a webhook set again is
/// deleted again, since this service was told to poll.
/// </summary>
public sealed partial class TelegramPolling(TelegramBot bot, TelegramUpdates updates, TimeProvider time, ILogger<TelegramPolling> logger)
    : BackgroundService
{
    /// <summary>How long one getUpdates waits for an update.</summary>
    public const int TimeoutSeconds = 25;

    private const int Conflict = 409;
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);

    /// <summary>The pause after the n-th 409 in a row: 3 s, 6 s, 12 s... up to a minute.</summary>
    public static TimeSpan ConflictPause(int conflicts) =>
        TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, Pause.Ticks << Math.Clamp(conflicts - 1, 0, 16)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var webhookDeleted = false;
        var conflicts = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan pause;
            try
            {
                if (!webhookDeleted)
                {
                    await bot.Client.DeleteWebhook(dropPendingUpdates: false, stoppingToken).ConfigureAwait(false);
                    webhookDeleted = true;
                    LogWebhookDeleted();
                }
                var batch = await bot.Client.GetUpdates(offset, 100, TimeoutSeconds, TelegramUpdates.Wanted, stoppingToken).ConfigureAwait(false);
                conflicts = 0;
                foreach (var update in batch)
                {
                    await updates.HandleAsync(update, stoppingToken).ConfigureAwait(false);
                    offset = update.Id + 1;
                }
                continue;
            }
            catch (ApiRequestException e) when (e.ErrorCode == Conflict)
            {
                conflicts++;
                pause = ConflictPause(conflicts);
                // "can't use getUpdates method while webhook is active" vs "terminated by other getUpdates request".
                if (e.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase))
                {
                    webhookDeleted = false;
                    LogWebhookConflict(conflicts, pause.TotalSeconds);
                }
                else
                {
                    LogPollingConflict(conflicts, pause.TotalSeconds);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                pause = Pause;
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    LogPollFailed(TelegramBot.Describe(e));
                }
            }
            await Task.Delay(pause, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook deleted: the service polls with getUpdates")]
    private partial void LogWebhookDeleted();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getUpdates conflict (409, {Conflicts} in a row): a webhook was set for this bot "
        + "(another deployment in webhook mode?); deleting it again in {Seconds} s")]
    private partial void LogWebhookConflict(int conflicts, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getUpdates conflict (409, {Conflicts} in a row): another process polls with this "
        + "bot's token; only one may. Trying again in {Seconds} s")]
    private partial void LogPollingConflict(int conflicts, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getUpdates or an update failed ({Error}); trying again shortly")]
    private partial void LogPollFailed(string error);
}

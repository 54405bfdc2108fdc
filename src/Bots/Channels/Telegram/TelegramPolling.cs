using Telegram.Bot;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// Long polling (<see cref="TelegramMode.Polling"/>), for a machine without a public URL: getUpdates with the offset
/// after the last handled update. An update whose handling fails is asked for again (the offset stays) after a pause;
/// handling is idempotent, so one asked for twice does nothing the second time.
/// </summary>
public sealed partial class TelegramPolling(TelegramBot bot, TelegramUpdates updates, TimeProvider time, ILogger<TelegramPolling> logger)
    : BackgroundService
{
    /// <summary>How long one getUpdates waits for an update.</summary>
    public const int TimeoutSeconds = 25;

    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await bot.Client.GetUpdates(offset, 100, TimeoutSeconds, TelegramUpdates.Wanted, stoppingToken).ConfigureAwait(false);
                foreach (var update in batch)
                {
                    await updates.HandleAsync(update, stoppingToken).ConfigureAwait(false);
                    offset = update.Id + 1;
                }
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    LogPollFailed(TelegramBot.Describe(e));
                }
            }
            await Task.Delay(Pause, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getUpdates or an update failed ({Error}); trying again shortly")]
    private partial void LogPollFailed(string error);
}

using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// At start-up: asks getMe for the bot's username when the settings do not give it, and in webhook mode with a
/// <see cref="TelegramOptions.WebhookUrl"/> calls setWebhook with the secret and the update types used. Tried again
/// with a growing pause until it works; the service serves meanwhile.
/// </summary>
public sealed partial class TelegramStartup(TelegramBot bot, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramStartup> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var pause = FirstPause;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (bot.Username is null)
                {
                    bot.Username = (await bot.Client.GetMe(stoppingToken).ConfigureAwait(false)).Username;
                }
                if (settings.Mode == TelegramMode.Webhook && settings.WebhookUrl is { Length: > 0 } url)
                {
                    await bot.Client.SetWebhook(url, allowedUpdates: TelegramUpdates.Wanted, secretToken: settings.WebhookSecret,
                        cancellationToken: stoppingToken).ConfigureAwait(false);
                    LogWebhookSet();
                }
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    LogStartFailed(TelegramBot.Describe(e), pause.TotalSeconds);
                }
            }
            await Task.Delay(pause, time, stoppingToken).ConfigureAwait(false);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook set")]
    private partial void LogWebhookSet();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram start-up calls failed ({Error}); trying again in {Seconds} s")]
    private partial void LogStartFailed(string error, double seconds);
}

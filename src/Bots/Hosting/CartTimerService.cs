using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Hosting;

/// <summary>
/// Fires the abandoned-cart timers: every few seconds, takes the due ones (each taken by one instance only: the timers
/// live in the store) and lets the engine remind or expire. A timer whose handling fails is set again a minute later.
/// </summary>
internal sealed partial class CartTimerService(ICartTimers timers, ConversationEngine engine, TimeProvider time, ILogger<CartTimerService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogTimersFailed(e);
            }
        }
    }

    /// <summary>Handles every timer due now.</summary>
    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> due;
        while ((due = await timers.TakeDueAsync(time.GetUtcNow(), 100, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            foreach (var person in due)
            {
                try
                {
                    await engine.RunCartTimerAsync(person, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogTimerFailed(e);
                    await timers.ScheduleAsync(person, time.GetUtcNow().AddMinutes(1), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the cart timers failed; will retry")]
    private partial void LogTimersFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A cart timer failed; set again in a minute")]
    private partial void LogTimerFailed(Exception exception);
}

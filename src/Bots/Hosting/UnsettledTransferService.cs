using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Wallet;

namespace Conversational.Bots.Hosting;

/// <summary>
/// Settles transfers whose outcome the ledger could not tell at the time: retries each with its own id until the
/// ledger answers, and tells the person through the outbox. Several instances may run it; the per-person lock and
/// the transfer ids keep each settled once.
/// </summary>
internal sealed partial class UnsettledTransferService(
    IConversationStore store, ConversationEngine engine, TimeProvider time, ILogger<UnsettledTransferService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                foreach (var person in await store.ListUnsettledAsync(100, stoppingToken).ConfigureAwait(false))
                {
                    if (AccountId.TryParse(person) is { } account)
                    {
                        await engine.SettleAsync(account, stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSettleFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settling transfers of unknown outcome failed; will retry")]
    private partial void LogSettleFailed(Exception exception);
}

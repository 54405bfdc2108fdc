using Conversational.Bots.Conversations;
using Conversational.Wallet;

namespace Conversational.Bots.Hosting;

/// <summary>
/// Gives pending transfers nobody claimed back to their senders once the claim period is over. Every instance
/// may run it: a return's id is derived from the pending transfer, so each is returned once.
/// </summary>
internal sealed partial class PendingReturnService(
    WalletService wallet, ConversationEngine conversations, TimeProvider time, ILogger<PendingReturnService> logger)
    : BackgroundService
{
    /// <summary>How often due pending transfers are looked for.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                IReadOnlyList<MovementResult> results;
                do
                {
                    results = await wallet.ReturnDuePendingAsync(100, stoppingToken).ConfigureAwait(false);
                    foreach (var result in results.Where(r => r.Status == MovementStatus.Completed && !r.Replayed))
                    {
                        LogReturned(result.Id.Value, result.Receipt!.Amount);
                        await TellSenderAsync(result.Id, stoppingToken).ConfigureAwait(false);
                    }
                }
                while (results.Count == 100 && results.Any(r => r.Status == MovementStatus.Completed && !r.Replayed));
            }
            catch (LedgerUnavailableException e)
            {
                LogStoreUnavailable(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>The sender learns their money came back (the return's id is "return:" + the pending transfer's).</summary>
    private async Task TellSenderAsync(TransferId returnId, CancellationToken cancellationToken)
    {
        var pendingId = new TransferId(returnId.Value["return:".Length..]);
        if (await wallet.Store.FindPendingAsync(pendingId, cancellationToken).ConfigureAwait(false) is { } pending)
        {
            var (claimKey, amount) = (pending.ClaimKey, pending.Amount);
            await conversations.NotifyAsync(pending.Sender, t => t.ReturnedNotice(claimKey, amount), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pending transfer returned to its sender: {TransferId} ({Amount})")]
    private partial void LogReturned(string transferId, Money amount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for pending transfers to return; will try again")]
    private partial void LogStoreUnavailable(Exception exception);
}

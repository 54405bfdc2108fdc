namespace Conversational.Wallet;

/// <summary>
/// What the rest of the service uses to move money: a store, plus the client side of reliability. A store
/// that does not answer is retried with the same id; if it still does not answer, the outcome is
/// <see cref="MovementStatus.Unknown"/>, never a failure.
/// </summary>
public sealed class WalletService(ILedgerStore store, WalletPolicy policy, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public ILedgerStore Store { get; } = store ?? throw new ArgumentNullException(nameof(store));

    public WalletPolicy Policy { get; } = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>Executes a movement; retries (same id) while the store does not answer, then reports the outcome unknown.</summary>
    public async Task<MovementResult> ExecuteAsync(Movement movement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movement);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Store.ExecuteAsync(movement, cancellationToken).ConfigureAwait(false);
            }
            catch (LedgerUnavailableException) when (attempt < Policy.StoreAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), _time, cancellationToken).ConfigureAwait(false);
            }
            catch (LedgerUnavailableException)
            {
                return MovementResult.Unknown(movement.Id);
            }
        }
    }

    /// <summary>
    /// Returns to their senders the pending transfers whose claim period is over, each under the id
    /// <c>return:{pending id}</c> so that several instances running this at once return each only once.
    /// </summary>
    public async Task<IReadOnlyList<MovementResult>> ReturnDuePendingAsync(int max = 100, CancellationToken cancellationToken = default)
    {
        var due = await Store.ListDuePendingAsync(_time.GetUtcNow(), max, cancellationToken).ConfigureAwait(false);
        var results = new List<MovementResult>(due.Count);
        foreach (var pending in due)
        {
            results.Add(await ExecuteAsync(new PendingReturn(ReturnId(pending.Id), pending.Id), cancellationToken).ConfigureAwait(false));
        }
        return results;
    }

    /// <summary>The id under which a pending transfer is returned to its sender.</summary>
    public static TransferId ReturnId(TransferId pendingId) => new("return:" + pendingId.Value);

    /// <summary>
    /// What a person spent in a calendar month (UTC), read from their statement: what they sent, gave and paid
    /// that month, less what came back of it (a pending transfer of that month returned, even later; refunds
    /// received that month), and what was billed to their phone.
    /// </summary>
    public async Task<MonthlySpending> GetMonthlySpendingAsync(
        AccountId person, int year, int month, Currency currency, CancellationToken cancellationToken = default)
    {
        var start = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        var end = start.AddMonths(1);
        long sent = 0, donated = 0, paid = 0, billed = 0;
        var returned = new Dictionary<string, long>(StringComparer.Ordinal);
        const int Page = 200;
        for (var skip = 0; ; skip += Page)
        {
            var page = await Store.GetHistoryAsync(person, skip, Page, cancellationToken).ConfigureAwait(false);
            // Newest first: a return is read before the pending transfer it gives back.
            foreach (var line in page.Where(l => l.At >= start && l.Amount.Currency == currency))
            {
                if (line.Kind == MovementKind.PendingReturn)
                {
                    returned[line.Reference ?? ""] = line.Amount.Minor;
                    continue;
                }
                if (line.At >= end)
                {
                    continue;
                }
                var outgoing = Math.Max(0, -line.Amount.Minor);
                switch (line.Kind)
                {
                    case MovementKind.PersonToPerson:
                        sent += outgoing;
                        break;
                    case MovementKind.PendingSend:
                        sent += outgoing - returned.GetValueOrDefault(line.Id.Value);
                        break;
                    case MovementKind.Donation:
                        donated += outgoing;
                        break;
                    case MovementKind.Payment or MovementKind.HoldCapture:
                        paid += outgoing;
                        break;
                    case MovementKind.Refund:
                        paid -= Math.Max(0, line.Amount.Minor);
                        billed += line.PhoneBill.Minor;
                        break;
                    case MovementKind.CarrierPurchase or MovementKind.CarrierDonation:
                        billed += line.PhoneBill.Minor;
                        break;
                }
            }
            if (page.Count < Page || page[^1].At < start)
            {
                break;
            }
        }
        return new MonthlySpending(year, month, new Money(sent, currency), new Money(donated, currency),
            new Money(Math.Max(0, paid), currency), new Money(Math.Max(0, billed), currency));
    }
}

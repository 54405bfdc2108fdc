namespace Conversational.Wallet;

/// <summary>
/// Each movement: every check first, in a fixed order the Redis scripts follow too, then the postings. Called
/// under the store's lock.
/// </summary>
public sealed partial class InMemoryLedgerStore
{
    private MovementResult Apply(Transfer t, DateTimeOffset now)
    {
        var currency = t.Amount.Currency;
        var amount = t.Amount.Minor;
        var limits = _policy.LimitsFor(currency)!;
        if (!_accounts.TryGetValue(t.From, out var from))
        {
            return Reject(t, RejectionReason.UnknownAccount, t.From);
        }
        if (!_accounts.TryGetValue(t.To, out var to))
        {
            return Reject(t, RejectionReason.UnknownRecipient, t.To);
        }
        var rejection = TransactionLimit(limits, t.To.Kind, amount)
            ?? SpendingLimits(from, limits, amount, now)
            ?? Funds(from, currency, amount, null)
            ?? BalanceLimit(to, limits, amount);
        if (rejection is not null)
        {
            return MovementResult.Rejected(t.Id, rejection);
        }
        var fee = to.Info.Kind == AccountKind.Merchant ? LedgerArithmetic.Fee(amount, to.Info.FeeBasisPoints) : 0;
        var postings = new List<Posting>(3);
        Post(postings, from, currency, -amount);
        Post(postings, to, currency, amount - fee);
        PostFee(postings, currency, fee);
        Spend(from, currency, amount, LedgerArithmetic.Day(now), LedgerArithmetic.Month(now));
        if (to.Info.Kind == AccountKind.Merchant)
        {
            _payments[t.Id] = new PaymentRecord(t.From, t.From, t.To, currency, amount, fee);
        }
        Record(from, t, t.To, currency, -amount, 0, 0, 0, null, now);
        Record(to, t, t.From, currency, amount - fee, 0, fee, 0, null, now);
        return Complete(t, postings, new Receipt(t.Id, t.Kind, t.From, t.To, t.Amount, new Money(fee, currency), now));
    }

    private MovementResult Apply(Funding f, DateTimeOffset now)
    {
        var currency = f.Amount.Currency;
        if (!_accounts.TryGetValue(f.To, out var to))
        {
            return Reject(f, RejectionReason.UnknownRecipient, f.To);
        }
        if (BalanceLimit(to, _policy.LimitsFor(currency)!, f.Amount.Minor) is { } rejection)
        {
            return MovementResult.Rejected(f.Id, rejection);
        }
        var postings = new List<Posting>(2);
        Post(postings, System(AccountId.Funding), currency, -f.Amount.Minor);
        Post(postings, to, currency, f.Amount.Minor);
        Record(to, f, AccountId.Funding, currency, f.Amount.Minor, 0, 0, 0, null, now);
        return Complete(f, postings, new Receipt(f.Id, f.Kind, AccountId.Funding, f.To, f.Amount, Money.Zero(currency), now));
    }

    private MovementResult Apply(PendingSend p, DateTimeOffset now)
    {
        var currency = p.Amount.Currency;
        var amount = p.Amount.Minor;
        var limits = _policy.LimitsFor(currency)!;
        if (!_accounts.TryGetValue(p.From, out var from))
        {
            return Reject(p, RejectionReason.UnknownAccount, p.From);
        }
        var rejection = TransactionLimit(limits, AccountKind.Person, amount)
            ?? SpendingLimits(from, limits, amount, now)
            ?? Funds(from, currency, amount, null);
        if (rejection is not null)
        {
            return MovementResult.Rejected(p.Id, rejection);
        }
        var (day, month) = (LedgerArithmetic.Day(now), LedgerArithmetic.Month(now));
        var expires = now + _policy.PendingClaimPeriod;
        var postings = new List<Posting>(2);
        Post(postings, from, currency, -amount);
        Post(postings, System(AccountId.PendingClaims), currency, amount);
        Spend(from, currency, amount, day, month);
        _pending[p.Id] = new PendingRecord(p.Id, p.From, p.ClaimKey, p.Amount, expires, day, month);
        Record(from, p, AccountId.PendingClaims, currency, -amount, 0, 0, 0, p.ClaimKey, now);
        return Complete(p, postings, new Receipt(p.Id, p.Kind, p.From, AccountId.PendingClaims, p.Amount, Money.Zero(currency), now) { ExpiresAt = expires });
    }

    private MovementResult Apply(PendingClaim c, DateTimeOffset now)
    {
        if (!_pending.TryGetValue(c.PendingId, out var pending))
        {
            return MovementResult.Rejected(c.Id, new Rejection(RejectionReason.PendingNotFound));
        }
        var rejection = PendingResolved(pending)
            ?? (pending.ClaimKey != c.ClaimKey ? new Rejection(RejectionReason.PendingNotForClaimant) : null)
            ?? (now >= pending.ExpiresAt ? new Rejection(RejectionReason.PendingExpired) { At = pending.ExpiresAt } : null);
        if (rejection is not null)
        {
            return MovementResult.Rejected(c.Id, rejection);
        }
        if (!_accounts.TryGetValue(c.Claimant, out var claimant))
        {
            return Reject(c, RejectionReason.UnknownAccount, c.Claimant);
        }
        var currency = pending.Amount.Currency;
        if (BalanceLimit(claimant, _policy.LimitsFor(currency)!, pending.Amount.Minor) is { } overLimit)
        {
            return MovementResult.Rejected(c.Id, overLimit);
        }
        var postings = new List<Posting>(2);
        Post(postings, System(AccountId.PendingClaims), currency, -pending.Amount.Minor);
        Post(postings, claimant, currency, pending.Amount.Minor);
        pending.State = PendingState.Claimed;
        Record(claimant, c, pending.Sender, currency, pending.Amount.Minor, 0, 0, 0, pending.Id.Value, now);
        return Complete(c, postings, new Receipt(c.Id, c.Kind, pending.Sender, c.Claimant, pending.Amount, Money.Zero(currency), now));
    }

    private MovementResult Apply(PendingReturn r, DateTimeOffset now)
    {
        if (!_pending.TryGetValue(r.PendingId, out var pending))
        {
            return MovementResult.Rejected(r.Id, new Rejection(RejectionReason.PendingNotFound));
        }
        var rejection = PendingResolved(pending)
            ?? (now < pending.ExpiresAt ? new Rejection(RejectionReason.PendingNotDue) { At = pending.ExpiresAt } : null);
        if (rejection is not null)
        {
            return MovementResult.Rejected(r.Id, rejection);
        }
        var currency = pending.Amount.Currency;
        var sender = _accounts[pending.Sender];
        var postings = new List<Posting>(2);
        Post(postings, System(AccountId.PendingClaims), currency, -pending.Amount.Minor);
        Post(postings, sender, currency, pending.Amount.Minor);
        Spend(sender, currency, -pending.Amount.Minor, pending.Day, pending.Month);
        pending.State = PendingState.Returned;
        Record(sender, r, AccountId.PendingClaims, currency, pending.Amount.Minor, 0, 0, 0, pending.Id.Value, now);
        return Complete(r, postings, new Receipt(r.Id, r.Kind, AccountId.PendingClaims, pending.Sender, pending.Amount, Money.Zero(currency), now));
    }

    private MovementResult Apply(HoldAuthorize h, DateTimeOffset now)
    {
        var currency = h.Amount.Currency;
        var amount = h.Amount.Minor;
        var limits = _policy.LimitsFor(currency)!;
        if (!_accounts.TryGetValue(h.Payer, out var payer))
        {
            return Reject(h, RejectionReason.UnknownAccount, h.Payer);
        }
        if (!_accounts.TryGetValue(h.Merchant, out var merchant))
        {
            return Reject(h, RejectionReason.UnknownRecipient, h.Merchant);
        }
        var rejection = TransactionLimit(limits, AccountKind.Merchant, amount)
            ?? SpendingLimits(payer, limits, amount, now)
            ?? Funds(payer, currency, amount, null);
        if (rejection is not null)
        {
            return MovementResult.Rejected(h.Id, rejection);
        }
        var (day, month) = (LedgerArithmetic.Day(now), LedgerArithmetic.Month(now));
        var postings = new List<Posting>(2);
        Post(postings, payer, currency, 0, held: amount);
        Post(postings, merchant, currency, 0, incoming: amount);
        Spend(payer, currency, amount, day, month);
        _holds[h.Id] = new HoldRecord(h.Id, h.Payer, h.Merchant, h.Amount, day, month);
        Record(payer, h, h.Merchant, currency, 0, amount, 0, 0, null, now);
        return Complete(h, postings, new Receipt(h.Id, h.Kind, h.Payer, h.Merchant, h.Amount, Money.Zero(currency), now));
    }

    private MovementResult Apply(HoldCapture c, DateTimeOffset now)
    {
        if (!_holds.TryGetValue(c.HoldId, out var hold))
        {
            return MovementResult.Rejected(c.Id, new Rejection(RejectionReason.HoldNotFound));
        }
        var captured = c.Amount ?? hold.Amount;
        var rejection = HoldResolved(hold)
            ?? (captured.Currency != hold.Amount.Currency ? new Rejection(RejectionReason.CurrencyMismatch) : null)
            ?? (captured.Minor > hold.Amount.Minor ? new Rejection(RejectionReason.CaptureExceedsHold) { Limit = hold.Amount } : null);
        if (rejection is not null)
        {
            return MovementResult.Rejected(c.Id, rejection);
        }
        var currency = captured.Currency;
        var (payer, merchant) = (_accounts[hold.Payer], _accounts[hold.Merchant]);
        var fee = LedgerArithmetic.Fee(captured.Minor, merchant.Info.FeeBasisPoints);
        var held = hold.Amount.Minor;
        var postings = new List<Posting>(3);
        Post(postings, payer, currency, -captured.Minor, held: -held);
        Post(postings, merchant, currency, captured.Minor - fee, incoming: -held);
        PostFee(postings, currency, fee);
        Spend(payer, currency, captured.Minor - held, hold.Day, hold.Month);
        hold.State = HoldState.Captured;
        hold.Captured = captured.Minor;
        _payments[hold.Id] = new PaymentRecord(hold.Payer, hold.Payer, hold.Merchant, currency, captured.Minor, fee);
        Record(payer, c, hold.Merchant, currency, -captured.Minor, -held, 0, 0, hold.Id.Value, now);
        Record(merchant, c, hold.Payer, currency, captured.Minor - fee, 0, fee, 0, hold.Id.Value, now);
        return Complete(c, postings, new Receipt(c.Id, c.Kind, hold.Payer, hold.Merchant, captured, new Money(fee, currency), now));
    }

    private MovementResult Apply(HoldVoid v, DateTimeOffset now)
    {
        if (!_holds.TryGetValue(v.HoldId, out var hold))
        {
            return MovementResult.Rejected(v.Id, new Rejection(RejectionReason.HoldNotFound));
        }
        if (HoldResolved(hold) is { } rejection)
        {
            return MovementResult.Rejected(v.Id, rejection);
        }
        var currency = hold.Amount.Currency;
        var held = hold.Amount.Minor;
        var payer = _accounts[hold.Payer];
        var postings = new List<Posting>(2);
        Post(postings, payer, currency, 0, held: -held);
        Post(postings, _accounts[hold.Merchant], currency, 0, incoming: -held);
        Spend(payer, currency, -held, hold.Day, hold.Month);
        hold.State = HoldState.Voided;
        Record(payer, v, hold.Merchant, currency, 0, -held, 0, 0, hold.Id.Value, now);
        return Complete(v, postings, new Receipt(v.Id, v.Kind, hold.Payer, hold.Merchant, hold.Amount, Money.Zero(currency), now));
    }

    private MovementResult Apply(Refund r, DateTimeOffset now)
    {
        if (!_payments.TryGetValue(r.PaymentId, out var payment))
        {
            return MovementResult.Rejected(r.Id, new Rejection(RejectionReason.PaymentNotFound));
        }
        var currency = payment.Currency;
        var amount = r.Amount.Minor;
        if (r.Amount.Currency != currency)
        {
            return MovementResult.Rejected(r.Id, new Rejection(RejectionReason.CurrencyMismatch));
        }
        if (payment.Refunded + amount > payment.Paid)
        {
            return MovementResult.Rejected(r.Id, new Rejection(RejectionReason.RefundExceedsPayment) { Limit = new Money(payment.Paid - payment.Refunded, currency) });
        }
        var feeBack = LedgerArithmetic.FeeGivenBack(payment.Fee, payment.Paid, payment.Refunded, amount);
        var merchant = _accounts[payment.Merchant];
        if (Funds(merchant, currency, amount - feeBack, payment.Merchant) is { } shortOfFunds)
        {
            return MovementResult.Rejected(r.Id, shortOfFunds);
        }
        var postings = new List<Posting>(3);
        Post(postings, merchant, currency, -(amount - feeBack));
        PostFee(postings, currency, -feeBack);
        var source = payment.Source.Kind == AccountKind.System ? System(payment.Source) : _accounts[payment.Source];
        Post(postings, source, currency, amount);
        payment.Refunded += amount;
        Record(merchant, r, payment.Person, currency, -(amount - feeBack), 0, feeBack, 0, r.PaymentId.Value, now);
        if (payment.Source == payment.Person)
        {
            Record(source, r, payment.Merchant, currency, amount, 0, 0, 0, r.PaymentId.Value, now);
        }
        else
        {
            Record(_accounts[payment.Person], r, payment.Merchant, currency, 0, 0, 0, -amount, r.PaymentId.Value, now);
        }
        return Complete(r, postings, new Receipt(r.Id, r.Kind, payment.Merchant, payment.Person, r.Amount, new Money(feeBack, currency), now));
    }

    private MovementResult Apply(CarrierCharge c, DateTimeOffset now)
    {
        if (!_accounts.TryGetValue(c.Payer, out var person))
        {
            return Reject(c, RejectionReason.UnknownAccount, c.Payer);
        }
        if (!_accounts.TryGetValue(c.To, out var to))
        {
            return Reject(c, RejectionReason.UnknownRecipient, c.To);
        }
        var month = LedgerArithmetic.Month(now);
        var usage = Usage(c.PhoneNumber, month);
        if (c.Kind == MovementKind.CarrierDonation && usage.DonationsBlocked)
        {
            return MovementResult.Rejected(c.Id, new Rejection(RejectionReason.CarrierDonationsBlocked));
        }
        var price = c.Price.Minor;
        if (usage.Spent.Minor + price > usage.Cap.Minor)
        {
            return MovementResult.Rejected(c.Id, new Rejection(RejectionReason.OverCarrierMonthlyCap) { Limit = usage.Cap, Used = usage.Spent });
        }
        var currency = c.Price.Currency;
        var fee = to.Info.Kind == AccountKind.Merchant ? LedgerArithmetic.Fee(price, to.Info.FeeBasisPoints) : 0;
        var carrierAccount = AccountId.Carrier(c.Operator);
        var postings = new List<Posting>(3);
        Post(postings, System(carrierAccount), currency, -price);
        Post(postings, to, currency, price - fee);
        PostFee(postings, currency, fee);
        var line = Line(c.PhoneNumber);
        line.SpentByMonth[month] = usage.Spent.Minor + price;
        _payments[c.Id] = new PaymentRecord(carrierAccount, c.Payer, c.To, currency, price, fee);
        Record(person, c, c.To, currency, 0, 0, 0, price, c.ShortCode, now);
        Record(to, c, c.Payer, currency, price - fee, 0, fee, 0, c.ShortCode, now);
        return Complete(c, postings, new Receipt(c.Id, c.Kind, c.Payer, c.To, c.Price, new Money(fee, currency), now)
        {
            Carrier = Usage(c.PhoneNumber, month),
        });
    }

    private static Rejection? TransactionLimit(CurrencyLimits limits, AccountKind recipient, long amount)
    {
        var max = limits.TransactionMax(recipient);
        return amount > max.Minor ? new Rejection(RejectionReason.OverTransactionLimit) { Limit = max } : null;
    }

    /// <summary>The unverified 30-day limit, then the daily cap, then the monthly cap.</summary>
    private static Rejection? SpendingLimits(AccountState payer, CurrencyLimits limits, long amount, DateTimeOffset now)
    {
        var currency = limits.Currency;
        var day = LedgerArithmetic.Day(now);
        if (payer.Info.Tier == IdentityTier.Unverified)
        {
            long rolling = 0;
            for (var d = day - LedgerArithmetic.RollingWindowDays + 1; d <= day; d++)
            {
                rolling += payer.SpentByDay.GetValueOrDefault((currency, d));
            }
            if (rolling + amount > limits.UnverifiedSpending30Days.Minor)
            {
                return new Rejection(RejectionReason.OverUnverifiedSpending)
                {
                    Limit = limits.UnverifiedSpending30Days, Used = new Money(rolling, currency), Tier = IdentityTier.Unverified,
                };
            }
        }
        var today = payer.SpentByDay.GetValueOrDefault((currency, day));
        if (today + amount > limits.DailyCap.Minor)
        {
            return new Rejection(RejectionReason.OverDailyCap) { Limit = limits.DailyCap, Used = new Money(today, currency), Tier = payer.Info.Tier };
        }
        var month = payer.SpentByMonth.GetValueOrDefault((currency, LedgerArithmetic.Month(now)));
        return month + amount > limits.MonthlyCap.Minor
            ? new Rejection(RejectionReason.OverMonthlyCap) { Limit = limits.MonthlyCap, Used = new Money(month, currency), Tier = payer.Info.Tier }
            : null;
    }

    private static Rejection? Funds(AccountState payer, Currency currency, long amount, AccountId? named)
    {
        var available = payer.Available(currency);
        return available < amount
            ? new Rejection(RejectionReason.InsufficientFunds) { Available = new Money(available, currency), Account = named }
            : null;
    }

    /// <summary>An unverified person may not hold more than the unverified limit.</summary>
    private static Rejection? BalanceLimit(AccountState recipient, CurrencyLimits limits, long amount) =>
        recipient.Info is { Kind: AccountKind.Person, Tier: IdentityTier.Unverified }
        && recipient.Posted(limits.Currency) + amount > limits.UnverifiedBalanceMax.Minor
            ? new Rejection(RejectionReason.RecipientOverBalanceLimit)
            {
                Limit = limits.UnverifiedBalanceMax, Account = recipient.Info.Id, Tier = IdentityTier.Unverified,
            }
            : null;

    private static Rejection? PendingResolved(PendingRecord pending) => pending.State switch
    {
        PendingState.Claimed => new Rejection(RejectionReason.PendingAlreadyClaimed),
        PendingState.Returned => new Rejection(RejectionReason.PendingAlreadyReturned),
        _ => null,
    };

    private static Rejection? HoldResolved(HoldRecord hold) => hold.State switch
    {
        HoldState.Captured => new Rejection(RejectionReason.HoldAlreadyCaptured),
        HoldState.Voided => new Rejection(RejectionReason.HoldAlreadyVoided),
        _ => null,
    };

    private static MovementResult Reject(Movement movement, RejectionReason reason, AccountId account) =>
        MovementResult.Rejected(movement.Id, new Rejection(reason) { Account = account });

    private AccountState System(AccountId id)
    {
        if (!_accounts.TryGetValue(id, out var state))
        {
            state = new AccountState(new Account(id, IdentityTier.Verified));
            _accounts[id] = state;
        }
        return state;
    }

    private static void Post(List<Posting> postings, AccountState account, Currency currency, long posted, long held = 0, long incoming = 0)
    {
        var amounts = account.In(currency);
        amounts.Posted += posted;
        amounts.Held += held;
        amounts.Incoming += incoming;
        postings.Add(new Posting(account.Info.Id, currency, posted, held, incoming));
    }

    private void PostFee(List<Posting> postings, Currency currency, long fee)
    {
        if (fee != 0)
        {
            Post(postings, System(AccountId.Fees), currency, fee);
        }
    }

    /// <summary>Counts (or, negative, gives back) outgoing spending on the day and month it was first counted.</summary>
    private static void Spend(AccountState payer, Currency currency, long amount, int day, int month)
    {
        if (amount == 0)
        {
            return;
        }
        var dayKey = (currency, day);
        payer.SpentByDay[dayKey] = payer.SpentByDay.GetValueOrDefault(dayKey) + amount;
        var monthKey = (currency, month);
        payer.SpentByMonth[monthKey] = payer.SpentByMonth.GetValueOrDefault(monthKey) + amount;
    }

    /// <summary>A statement line, for people, charities and merchants (the system accounts' story is the journal).</summary>
    private static void Record(
        AccountState account, Movement movement, AccountId counterparty, Currency currency, long amount, long held, long fee, long phoneBill,
        string? reference, DateTimeOffset at)
    {
        if (account.Info.Kind != AccountKind.System)
        {
            account.History.Add(new HistoryEntry(movement.Id, movement.Kind, counterparty, new Money(amount, currency), new Money(held, currency),
                new Money(fee, currency), new Money(phoneBill, currency), reference, at));
        }
    }

    private MovementResult Complete(Movement movement, List<Posting> postings, Receipt receipt)
    {
        _journal.Add(new JournalEntry(movement.Id, movement.Kind, postings));
        return MovementResult.Completed(receipt);
    }
}

namespace Conversational.Wallet.Tests.Model;

internal sealed partial class LedgerModel
{
    /// <summary>
    /// What the store should answer to <paramref name="movement"/> at <paramref name="now"/>, applying it to the
    /// model when it completes. Requests failing the stateless checks are answered without being recorded; a
    /// known id answers its recorded outcome again (same parameters) or a conflict (other parameters).
    /// </summary>
    public MovementResult Execute(Movement movement, DateTimeOffset now)
    {
        if (Malformed(movement) is { } malformed)
        {
            return MovementResult.Rejected(movement.Id, malformed);
        }
        if (_outcomes.TryGetValue(movement.Id, out var earlier))
        {
            return earlier.Fingerprint == movement.Fingerprint
                ? earlier.Result.AsReplay()
                : MovementResult.Rejected(movement.Id, new Rejection(RejectionReason.IdConflict));
        }
        var outcome = movement switch
        {
            Transfer t => Send(t, now),
            Funding f => Fund(f, now),
            PendingSend p => SetAside(p, now),
            PendingClaim c => Claim(c, now),
            PendingReturn r => GiveBack(r, now),
            HoldAuthorize h => Authorize(h, now),
            HoldCapture c => Capture(c, now),
            HoldVoid v => Void(v, now),
            Refund r => RefundPayment(r, now),
            CarrierCharge c => Bill(c, now),
            _ => throw new ArgumentException(movement.GetType().Name, nameof(movement)),
        };
        var result = outcome.Receipt is { } receipt
            ? MovementResult.Completed(receipt)
            : MovementResult.Rejected(movement.Id, outcome.Rejection!);
        _outcomes[movement.Id] = (movement.Fingerprint, result);
        return result;
    }

    private readonly record struct Outcome(Receipt? Receipt, Rejection? Rejection)
    {
        public static implicit operator Outcome(Receipt receipt) => new(receipt, null);

        public static implicit operator Outcome(Rejection rejection) => new(null, rejection);
    }

    private Outcome Send(Transfer t, DateTimeOffset now)
    {
        if (!_members.TryGetValue(t.From, out var from))
        {
            return new Rejection(RejectionReason.UnknownAccount) { Account = t.From };
        }
        if (!_members.TryGetValue(t.To, out var to))
        {
            return new Rejection(RejectionReason.UnknownRecipient) { Account = t.To };
        }
        var amount = t.Amount.Minor;
        var max = t.To.Kind switch { AccountKind.Charity => CharityMax, AccountKind.Merchant => MerchantMax, _ => PersonMax };
        if (amount > max)
        {
            return new Rejection(RejectionReason.OverTransactionLimit) { Limit = Euros(max) };
        }
        if ((SpendingRefusal(from, amount, now) ?? FundsRefusal(from, amount, named: false) ?? HoldingRefusal(to, amount)) is { } refusal)
        {
            return refusal;
        }
        var fee = t.To.Kind == AccountKind.Merchant ? FeeOf(amount, to.FeeBasisPoints) : 0;
        from.Posted -= amount;
        to.Posted += amount - fee;
        PostSystem(AccountId.Fees, fee);
        CountSpending(from, amount, DayOf(now), MonthOf(now));
        if (t.To.Kind == AccountKind.Merchant)
        {
            _payments[t.Id] = new PaymentModel(t.From, t.From, t.To, amount, fee);
        }
        return new Receipt(t.Id, t.Kind, t.From, t.To, t.Amount, Euros(fee), now);
    }

    private Outcome Fund(Funding f, DateTimeOffset now)
    {
        if (!_members.TryGetValue(f.To, out var to))
        {
            return new Rejection(RejectionReason.UnknownRecipient) { Account = f.To };
        }
        if (HoldingRefusal(to, f.Amount.Minor) is { } refusal)
        {
            return refusal;
        }
        to.Posted += f.Amount.Minor;
        PostSystem(AccountId.Funding, -f.Amount.Minor);
        return new Receipt(f.Id, MovementKind.Funding, AccountId.Funding, f.To, f.Amount, Euros(0), now);
    }

    private Outcome SetAside(PendingSend p, DateTimeOffset now)
    {
        if (!_members.TryGetValue(p.From, out var from))
        {
            return new Rejection(RejectionReason.UnknownAccount) { Account = p.From };
        }
        var amount = p.Amount.Minor;
        if (amount > PersonMax)
        {
            return new Rejection(RejectionReason.OverTransactionLimit) { Limit = Euros(PersonMax) };
        }
        if ((SpendingRefusal(from, amount, now) ?? FundsRefusal(from, amount, named: false)) is { } refusal)
        {
            return refusal;
        }
        from.Posted -= amount;
        PostSystem(AccountId.PendingClaims, amount);
        CountSpending(from, amount, DayOf(now), MonthOf(now));
        var expires = now + ClaimPeriod;
        _pending[p.Id] = new PendingModel(p.Id, p.From, p.ClaimKey, amount, expires, DayOf(now), MonthOf(now));
        return new Receipt(p.Id, MovementKind.PendingSend, p.From, AccountId.PendingClaims, p.Amount, Euros(0), now) { ExpiresAt = expires };
    }

    private Outcome Claim(PendingClaim c, DateTimeOffset now)
    {
        if (!_pending.TryGetValue(c.PendingId, out var pending))
        {
            return new Rejection(RejectionReason.PendingNotFound);
        }
        if (Resolved(pending) is { } resolved)
        {
            return resolved;
        }
        if (pending.Key != c.ClaimKey)
        {
            return new Rejection(RejectionReason.PendingNotForClaimant);
        }
        if (now >= pending.Expires)
        {
            return new Rejection(RejectionReason.PendingExpired) { At = pending.Expires };
        }
        if (!_members.TryGetValue(c.Claimant, out var claimant))
        {
            return new Rejection(RejectionReason.UnknownAccount) { Account = c.Claimant };
        }
        if (HoldingRefusal(claimant, pending.Amount) is { } refusal)
        {
            return refusal;
        }
        PostSystem(AccountId.PendingClaims, -pending.Amount);
        claimant.Posted += pending.Amount;
        pending.State = PendingState.Claimed;
        return new Receipt(c.Id, MovementKind.PendingClaim, pending.Sender, c.Claimant, Euros(pending.Amount), Euros(0), now);
    }

    private Outcome GiveBack(PendingReturn r, DateTimeOffset now)
    {
        if (!_pending.TryGetValue(r.PendingId, out var pending))
        {
            return new Rejection(RejectionReason.PendingNotFound);
        }
        if (Resolved(pending) is { } resolved)
        {
            return resolved;
        }
        if (now < pending.Expires)
        {
            return new Rejection(RejectionReason.PendingNotDue) { At = pending.Expires };
        }
        var sender = _members[pending.Sender];
        PostSystem(AccountId.PendingClaims, -pending.Amount);
        sender.Posted += pending.Amount;
        CountSpending(sender, -pending.Amount, pending.Day, pending.Month);
        pending.State = PendingState.Returned;
        return new Receipt(r.Id, MovementKind.PendingReturn, AccountId.PendingClaims, pending.Sender, Euros(pending.Amount), Euros(0), now);
    }

    private Outcome Authorize(HoldAuthorize h, DateTimeOffset now)
    {
        if (!_members.TryGetValue(h.Payer, out var payer))
        {
            return new Rejection(RejectionReason.UnknownAccount) { Account = h.Payer };
        }
        if (!_members.TryGetValue(h.Merchant, out var merchant))
        {
            return new Rejection(RejectionReason.UnknownRecipient) { Account = h.Merchant };
        }
        var amount = h.Amount.Minor;
        if (amount > MerchantMax)
        {
            return new Rejection(RejectionReason.OverTransactionLimit) { Limit = Euros(MerchantMax) };
        }
        if ((SpendingRefusal(payer, amount, now) ?? FundsRefusal(payer, amount, named: false)) is { } refusal)
        {
            return refusal;
        }
        payer.Held += amount;
        merchant.Incoming += amount;
        CountSpending(payer, amount, DayOf(now), MonthOf(now));
        _holds[h.Id] = new HoldModel(h.Payer, h.Merchant, amount, DayOf(now), MonthOf(now));
        return new Receipt(h.Id, MovementKind.HoldAuthorize, h.Payer, h.Merchant, h.Amount, Euros(0), now);
    }

    private Outcome Capture(HoldCapture c, DateTimeOffset now)
    {
        if (!_holds.TryGetValue(c.HoldId, out var hold))
        {
            return new Rejection(RejectionReason.HoldNotFound);
        }
        if (Resolved(hold) is { } resolved)
        {
            return resolved;
        }
        var captured = c.Amount?.Minor ?? hold.Amount;
        if (c.Amount is { } part && part.Currency != Currency.Eur)
        {
            return new Rejection(RejectionReason.CurrencyMismatch);
        }
        if (captured > hold.Amount)
        {
            return new Rejection(RejectionReason.CaptureExceedsHold) { Limit = Euros(hold.Amount) };
        }
        var (payer, merchant) = (_members[hold.Payer], _members[hold.Merchant]);
        var fee = FeeOf(captured, merchant.FeeBasisPoints);
        payer.Posted -= captured;
        payer.Held -= hold.Amount;
        merchant.Posted += captured - fee;
        merchant.Incoming -= hold.Amount;
        PostSystem(AccountId.Fees, fee);
        CountSpending(payer, captured - hold.Amount, hold.Day, hold.Month);
        hold.State = HoldState.Captured;
        hold.Captured = captured;
        _payments[c.HoldId] = new PaymentModel(hold.Payer, hold.Payer, hold.Merchant, captured, fee);
        return new Receipt(c.Id, MovementKind.HoldCapture, hold.Payer, hold.Merchant, Euros(captured), Euros(fee), now);
    }

    private Outcome Void(HoldVoid v, DateTimeOffset now)
    {
        if (!_holds.TryGetValue(v.HoldId, out var hold))
        {
            return new Rejection(RejectionReason.HoldNotFound);
        }
        if (Resolved(hold) is { } resolved)
        {
            return resolved;
        }
        _members[hold.Payer].Held -= hold.Amount;
        _members[hold.Merchant].Incoming -= hold.Amount;
        CountSpending(_members[hold.Payer], -hold.Amount, hold.Day, hold.Month);
        hold.State = HoldState.Voided;
        return new Receipt(v.Id, MovementKind.HoldVoid, hold.Payer, hold.Merchant, Euros(hold.Amount), Euros(0), now);
    }

    private Outcome RefundPayment(Refund r, DateTimeOffset now)
    {
        if (!_payments.TryGetValue(r.PaymentId, out var payment))
        {
            return new Rejection(RejectionReason.PaymentNotFound);
        }
        if (r.Amount.Currency != Currency.Eur)
        {
            return new Rejection(RejectionReason.CurrencyMismatch);
        }
        var amount = r.Amount.Minor;
        if (payment.Refunded + amount > payment.Paid)
        {
            return new Rejection(RejectionReason.RefundExceedsPayment) { Limit = Euros(payment.Paid - payment.Refunded) };
        }
        // Pro rata, rounded down: after refunds totalling R the merchant has had floor(fee × R / paid) of its fee back.
        var feeBack = FeeShare(payment.Fee, payment.Refunded + amount, payment.Paid) - FeeShare(payment.Fee, payment.Refunded, payment.Paid);
        var merchant = _members[payment.Merchant];
        if (FundsRefusal(merchant, amount - feeBack, named: true) is { } refusal)
        {
            return refusal;
        }
        merchant.Posted -= amount - feeBack;
        PostSystem(AccountId.Fees, -feeBack);
        if (payment.Source.Kind == AccountKind.System)
        {
            PostSystem(payment.Source, amount);
        }
        else
        {
            _members[payment.Source].Posted += amount;
        }
        payment.Refunded += amount;
        return new Receipt(r.Id, MovementKind.Refund, payment.Merchant, payment.Person, r.Amount, Euros(feeBack), now);
    }

    private Outcome Bill(CarrierCharge c, DateTimeOffset now)
    {
        if (!_members.ContainsKey(c.Payer))
        {
            return new Rejection(RejectionReason.UnknownAccount) { Account = c.Payer };
        }
        if (!_members.TryGetValue(c.To, out var to))
        {
            return new Rejection(RejectionReason.UnknownRecipient) { Account = c.To };
        }
        var usage = Usage(c.PhoneNumber, now);
        if (c.To.Kind == AccountKind.Charity && usage.DonationsBlocked)
        {
            return new Rejection(RejectionReason.CarrierDonationsBlocked);
        }
        var price = c.Price.Minor;
        if (usage.Spent.Minor + price > usage.Cap.Minor)
        {
            return new Rejection(RejectionReason.OverCarrierMonthlyCap) { Limit = usage.Cap, Used = usage.Spent };
        }
        var fee = c.To.Kind == AccountKind.Merchant ? FeeOf(price, to.FeeBasisPoints) : 0;
        PostSystem(AccountId.Carrier(c.Operator), -price);
        to.Posted += price - fee;
        PostSystem(AccountId.Fees, fee);
        SetPreferences(c.PhoneNumber, null, null, now);
        _phones[c.PhoneNumber].Billed[MonthOf(now)] = usage.Spent.Minor + price;
        _payments[c.Id] = new PaymentModel(AccountId.Carrier(c.Operator), c.Payer, c.To, price, fee);
        var kind = c.To.Kind == AccountKind.Charity ? MovementKind.CarrierDonation : MovementKind.CarrierPurchase;
        return new Receipt(c.Id, kind, c.Payer, c.To, c.Price, Euros(fee), now) { Carrier = Usage(c.PhoneNumber, now) };
    }

    /// <summary>The unverified 30-day limit, then the daily cap, then the monthly cap (calendar days and months, UTC).</summary>
    private static Rejection? SpendingRefusal(Member payer, long amount, DateTimeOffset now)
    {
        var today = DayOf(now);
        var tier = payer.Verified ? IdentityTier.Verified : IdentityTier.Unverified;
        if (!payer.Verified)
        {
            var last30Days = payer.SpentOnDay.Where(d => d.Key > today - 30 && d.Key <= today).Sum(d => d.Value);
            if (last30Days + amount > UnverifiedSpendMax)
            {
                return new Rejection(RejectionReason.OverUnverifiedSpending)
                {
                    Limit = Euros(UnverifiedSpendMax), Used = Euros(last30Days), Tier = tier,
                };
            }
        }
        var spentToday = payer.SpentOnDay.GetValueOrDefault(today);
        if (spentToday + amount > DailyCap)
        {
            return new Rejection(RejectionReason.OverDailyCap) { Limit = Euros(DailyCap), Used = Euros(spentToday), Tier = tier };
        }
        var spentThisMonth = payer.SpentInMonth.GetValueOrDefault(MonthOf(now));
        return spentThisMonth + amount > MonthlyCap
            ? new Rejection(RejectionReason.OverMonthlyCap) { Limit = Euros(MonthlyCap), Used = Euros(spentThisMonth), Tier = tier }
            : null;
    }

    private static Rejection? FundsRefusal(Member payer, long amount, bool named) =>
        payer.Available < amount
            ? new Rejection(RejectionReason.InsufficientFunds) { Available = Euros(payer.Available), Account = named ? payer.Id : null }
            : null;

    /// <summary>An unverified person may not come to hold more than the unverified limit by receiving money.</summary>
    private static Rejection? HoldingRefusal(Member recipient, long amount) =>
        recipient.Id.Kind == AccountKind.Person && !recipient.Verified && recipient.Posted + amount > UnverifiedHoldMax
            ? new Rejection(RejectionReason.RecipientOverBalanceLimit)
            {
                Limit = Euros(UnverifiedHoldMax), Account = recipient.Id, Tier = IdentityTier.Unverified,
            }
            : null;

    private static Rejection? Resolved(PendingModel pending) => pending.State switch
    {
        PendingState.Claimed => new Rejection(RejectionReason.PendingAlreadyClaimed),
        PendingState.Returned => new Rejection(RejectionReason.PendingAlreadyReturned),
        _ => null,
    };

    private static Rejection? Resolved(HoldModel hold) => hold.State switch
    {
        HoldState.Captured => new Rejection(RejectionReason.HoldAlreadyCaptured),
        HoldState.Voided => new Rejection(RejectionReason.HoldAlreadyVoided),
        _ => null,
    };

    private static void CountSpending(Member payer, long amount, int day, (int, int) month)
    {
        payer.SpentOnDay[day] = payer.SpentOnDay.GetValueOrDefault(day) + amount;
        payer.SpentInMonth[month] = payer.SpentInMonth.GetValueOrDefault(month) + amount;
    }

    private void PostSystem(AccountId account, long amount)
    {
        if (amount != 0)
        {
            _system[account] = _system.GetValueOrDefault(account) + amount;
        }
    }

    /// <summary>amount × rate, rounded half up to the cent.</summary>
    private static long FeeOf(long amount, int basisPoints) =>
        (long)Math.Round(amount * (decimal)basisPoints / 10_000m, MidpointRounding.AwayFromZero);

    private static long FeeShare(long fee, long refunded, long paid) => (long)Math.Floor(fee * (decimal)refunded / paid);
}

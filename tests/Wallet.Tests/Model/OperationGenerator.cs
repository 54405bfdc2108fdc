namespace Conversational.Wallet.Tests.Model;

/// <summary>
/// Random operations over <see cref="ModelCast"/>, drawn from one seeded <see cref="Random"/>: most valid, many at
/// the edge of a limit, some refused for every reason the rules have, and repeats of earlier ids (the same request,
/// or now and then another one under the same id). It reads the model only to aim at holds, pending transfers and
/// payments that exist.
/// </summary>
internal sealed class OperationGenerator(Random random, LedgerModel model, List<Movement> issued)
{
    private int _ids;

    public Operation Next() => random.Next(1000) switch
    {
        < 80 => Fund(),
        < 210 => Send(AnyPerson()),
        < 260 => Send(random.Next(20) == 0 ? ModelCast.Ghost : ModelCast.Charity),
        < 330 => Send(random.Next(20) == 0 ? ModelCast.ClosedShop : AnyMerchant()),
        < 400 => new Move(new HoldAuthorize(NewId("hold"), Payer(), random.Next(20) == 0 ? ModelCast.ClosedShop : AnyMerchant(), Cents(500_00))),
        < 460 => Capture(),
        < 500 => new Move(new HoldVoid(NewId("void"), SomeHold())),
        < 560 => Refund(),
        < 620 => new Move(new PendingSend(NewId("pending"), Payer(), Pick(ModelCast.ClaimKeys), Cents(250_00))),
        < 680 => Claim(),
        < 705 => new Move(new PendingReturn(NewId("return"), SomePending(waitingOnly: random.Next(3) > 0))),
        < 725 => new ReturnDuePending(),
        < 795 => Carrier(),
        < 805 => new SetPhonePreferences(Pick(ModelCast.Phones), Maybe(() => 50L * random.Next(0, 101)), Maybe(() => random.Next(2) == 0)),
        < 850 => Wait(),
        < 920 => Again(),
        < 940 => AgainOtherwise(),
        < 945 => new SetTier(
            random.Next(10) == 0 ? ModelCast.Ghost : AnyPerson(), random.Next(3) == 0 ? IdentityTier.Unverified : IdentityTier.Verified),
        < 950 => new SetFeePlan(random.Next(10) == 0 ? ModelCast.ClosedShop : AnyMerchant(), random.Next(2) == 0 ? 100 : 200),
        < 980 => new Look(SomeHold(), SomePending(waitingOnly: false), Pick(ModelCast.Phones), Pick(ModelCast.ClaimKeys)),
        _ => Malformed(),
    };

    private Move Fund()
    {
        var to = random.Next(20) switch
        {
            0 => ModelCast.Ghost,
            1 or 2 => ModelCast.Charity,
            3 or 4 or 5 => AnyMerchant(),
            _ => AnyPerson(),
        };
        var typical = ModelCast.Verified.Contains(to) ? 600_00 : 100_00;
        return new Move(new Funding(NewId("fund"), to, LedgerModel.Euros(1 + random.NextInt64(typical))));
    }

    private Move Send(AccountId to)
    {
        var from = random.Next(50) == 0 ? to : Payer();
        while (from == to && random.Next(50) > 0)
        {
            from = Payer();
        }
        var limit = to.Kind == AccountKind.Person ? 250_00 : 500_00;
        return new Move(new Transfer(NewId("send"), from, to, Cents(limit)));
    }

    private Move Capture()
    {
        var hold = SomeHold();
        var held = model.HoldIds(authorizedOnly: false).Contains(hold) ? model.HeldAmount(hold) : 100_00;
        Money? amount = random.Next(10) switch
        {
            < 4 => null,
            < 9 => LedgerModel.Euros(1 + random.NextInt64(held)),
            _ => LedgerModel.Euros(held + 1 + random.NextInt64(100_00)),
        };
        return new Move(new HoldCapture(NewId("capture"), hold, amount));
    }

    private Move Refund()
    {
        var payments = model.PaymentIds(withSomethingLeft: random.Next(5) > 0);
        var payment = payments.Count > 0 && random.Next(20) > 0 ? Pick(payments) : AnyIssuedId();
        var left = model.PaymentIds(withSomethingLeft: false).Contains(payment) ? model.LeftToRefund(payment) : 10_00;
        var amount = random.Next(10) switch
        {
            < 6 => 1 + random.NextInt64(Math.Max(1, left)),
            < 8 => Math.Max(1, left),
            _ => left + 1 + random.NextInt64(10_00),
        };
        return new Move(new Refund(NewId("refund"), payment, LedgerModel.Euros(amount)));
    }

    private Move Claim()
    {
        var pending = SomePending(waitingOnly: random.Next(5) > 0);
        var rightKey = model.PendingIds(waitingOnly: false).Contains(pending) ? model.ClaimKeyOf(pending) : Pick(ModelCast.ClaimKeys);
        var key = random.Next(4) == 0 ? Pick(ModelCast.ClaimKeys) : rightKey;
        var claimant = random.Next(20) == 0 ? ModelCast.Ghost : AnyPerson();
        return new Move(new PendingClaim(NewId("claim"), pending, claimant, key));
    }

    private Move Carrier()
    {
        var index = random.Next(ModelCast.People.Length);
        var payer = random.Next(30) == 0 ? ModelCast.Ghost : ModelCast.People[index];
        var phone = random.Next(8) == 0 ? Pick(ModelCast.Phones) : ModelCast.Phones[index];
        var shortCode = Pick(ModelCast.ShortCodes);
        var tier = LedgerModel.Tiers.GetValueOrDefault(shortCode[0], 1_00);
        var price = random.Next(10) switch
        {
            < 4 => tier,
            < 9 => 1 + random.NextInt64(tier),
            _ => tier + 1,
        };
        var to = random.Next(20) switch
        {
            0 => ModelCast.ClosedShop,
            1 => AnyPerson(),
            < 8 => ModelCast.Charity,
            _ => AnyMerchant(),
        };
        var carrier = random.Next(50) == 0 ? "no such operator" : Pick(ModelCast.Operators);
        return new Move(new CarrierCharge(NewId("sms"), payer, phone, carrier, shortCode, to, LedgerModel.Euros(price)));
    }

    /// <summary>Mostly hours (daily caps roll), sometimes days (pending transfers come due, months turn).</summary>
    private Wait Wait() => new(random.Next(4) == 0
        ? TimeSpan.FromDays(1) + TimeSpan.FromMinutes(random.Next(3 * 24 * 60))
        : TimeSpan.FromMinutes(1 + random.Next(12 * 60)));

    /// <summary>An earlier request again, exactly: a redelivered message.</summary>
    private Move Again() => issued.Count == 0 ? Fund() : new Move(Recent());

    /// <summary>An earlier id with other parameters: a tampered or mis-derived request.</summary>
    private Move AgainOtherwise()
    {
        if (issued.Count == 0)
        {
            return Fund();
        }
        Movement changed = Recent() switch
        {
            Transfer t => t with { Amount = t.Amount with { Minor = t.Amount.Minor + 1 } },
            Funding f => f with { Amount = f.Amount with { Minor = f.Amount.Minor + 1 } },
            PendingSend p => p with { ClaimKey = p.ClaimKey + "x" },
            PendingClaim c => c with { ClaimKey = c.ClaimKey + "x" },
            PendingReturn r => r with { PendingId = r.PendingId.Value + "x" },
            HoldAuthorize h => h with { Amount = h.Amount with { Minor = h.Amount.Minor + 1 } },
            HoldCapture c => c with { Amount = c.Amount is { } a ? a with { Minor = a.Minor + 1 } : LedgerModel.Euros(1) },
            HoldVoid v => v with { HoldId = v.HoldId.Value + "x" },
            Refund r => r with { Amount = r.Amount with { Minor = r.Amount.Minor + 1 } },
            CarrierCharge c => c with { Operator = c.Operator == "orange" ? "sfr" : "orange" },
            var other => throw new InvalidOperationException(other.ToString()),
        };
        return new Move(changed);
    }

    /// <summary>Requests the stateless checks refuse.</summary>
    private Move Malformed() => new(random.Next(6) switch
    {
        0 => new Transfer(NewId("bad"), Payer(), AnyPerson(), LedgerModel.Euros(-random.Next(0, 2))),
        1 => new Transfer(NewId("bad"), ModelCast.Charity, AnyPerson(), LedgerModel.Euros(1_00)),
        2 => new Funding(NewId("bad"), AnyPerson(), new Money(1_00, Currency.Of("USD"))),
        3 => new PendingSend(NewId("bad"), Payer(), "no spaces please", LedgerModel.Euros(1_00)),
        4 => new CarrierCharge(NewId("bad"), Payer(), "0612345678", "orange", "81234", AnyMerchant(), LedgerModel.Euros(1_00)),
        _ => new HoldAuthorize(NewId("bad"), Payer(), AnyPerson(), LedgerModel.Euros(1_00)),
    });

    /// <summary>An amount up to <paramref name="limit"/>: often small, often anywhere, sometimes a cent either side of it.</summary>
    private Money Cents(long limit) => LedgerModel.Euros(random.Next(10) switch
    {
        < 5 => 1 + random.NextInt64(50_00),
        < 9 => 1 + random.NextInt64(limit),
        _ => limit - 1 + random.Next(3),
    });

    private AccountId Payer() => random.Next(30) == 0 ? ModelCast.Ghost : AnyPerson();

    private AccountId AnyPerson() => Pick(ModelCast.People);

    private AccountId AnyMerchant() => Pick(ModelCast.Merchants).Id;

    /// <summary>Mostly a hold still authorized, else any hold, now and then an id that is no hold.</summary>
    private TransferId SomeHold()
    {
        var holds = model.HoldIds(authorizedOnly: random.Next(5) > 0);
        holds = holds.Count > 0 ? holds : model.HoldIds(authorizedOnly: false);
        return holds.Count > 0 && random.Next(20) > 0 ? Pick(holds) : AnyIssuedId();
    }

    private TransferId SomePending(bool waitingOnly)
    {
        var pending = model.PendingIds(waitingOnly);
        pending = pending.Count > 0 ? pending : model.PendingIds(waitingOnly: false);
        return pending.Count > 0 && random.Next(20) > 0 ? Pick(pending) : AnyIssuedId();
    }

    private TransferId AnyIssuedId() => issued.Count > 0 && random.Next(2) == 0 ? Pick(issued).Id : NewId("missing");

    /// <summary>Half the time one of the last 20 requests (a quick redelivery), else any earlier one.</summary>
    private Movement Recent() =>
        random.Next(2) == 0 ? issued[issued.Count - 1 - random.Next(Math.Min(20, issued.Count))] : Pick(issued);

    private T? Maybe<T>(Func<T> value) where T : struct => random.Next(2) == 0 ? null : value();

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private TransferId NewId(string kind) => $"{kind}-{++_ids}";
}

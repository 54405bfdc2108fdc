namespace Conversational.Wallet.Tests.Model;

/// <summary>One step of a model run: something done to the store and to the model, whose answers must agree.</summary>
internal abstract record Operation
{
    public abstract Task RunAsync(ModelRun run);
}

/// <summary>A movement executed by the store and by the model.</summary>
internal sealed record Move(Movement Movement) : Operation
{
    public override async Task RunAsync(ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var expected = run.Model.Execute(Movement, run.Time.GetUtcNow());
        var actual = await run.Store.ExecuteAsync(Movement, run.Cancellation);
        ModelRun.AssertSameResult(expected, actual);
        run.Issued.Add(Movement);
        run.Tally(actual);
    }

    public override string ToString() => Movement.ToString();
}

/// <summary>Time passes: caps roll over, pending transfers come due.</summary>
internal sealed record Wait(TimeSpan By) : Operation
{
    public override Task RunAsync(ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.Time.Advance(By);
        return Task.CompletedTask;
    }

    public override string ToString() => $"wait {By}";
}

/// <summary>The background job: <see cref="WalletService.ReturnDuePendingAsync"/>.</summary>
internal sealed record ReturnDuePending : Operation
{
    public override async Task RunAsync(ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var now = run.Time.GetUtcNow();
        var returns = run.Model.Due(now, ModelRun.ReturnBatch)
            .Select(p => new PendingReturn($"return:{p.Id.Value}", p.Id))
            .ToList();
        var expected = returns.Select(r => run.Model.Execute(r, now)).ToList();
        var actual = await run.Service.ReturnDuePendingAsync(ModelRun.ReturnBatch, run.Cancellation);
        Assert.True(expected.Count == actual.Count, $"The return job returned {actual.Count} pending transfers, the model {expected.Count}.");
        foreach (var (e, a) in expected.Zip(actual))
        {
            ModelRun.AssertSameResult(e, a);
            run.Tally(a);
        }
        run.Issued.AddRange(returns);
    }
}

/// <summary>A person sets their phone's monthly cap and donation block.</summary>
internal sealed record SetPhonePreferences(string Phone, long? CapCents, bool? DonationsBlocked) : Operation
{
    public override async Task RunAsync(ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var expected = run.Model.SetPreferences(Phone, CapCents, DonationsBlocked, run.Time.GetUtcNow());
        var cap = CapCents is { } cents ? LedgerModel.Euros(cents) : (Money?)null;
        var actual = await run.Store.SetCarrierPreferencesAsync(Phone, cap, DonationsBlocked, run.Cancellation);
        Assert.Equal(expected, actual);
    }
}

/// <summary>An operator verifies (or un-verifies) a person.</summary>
internal sealed record SetTier(AccountId Person, IdentityTier Tier) : Operation
{
    public override async Task RunAsync(ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var known = run.Model.SetVerified(Person, Tier == IdentityTier.Verified);
        var account = await run.Store.SetTierAsync(Person, Tier, run.Cancellation);
        Assert.Equal(known, account is not null);
        Assert.Equal(known ? Tier : null, account?.Tier);
    }
}

/// <summary>A merchant changes plan.</summary>
internal sealed record SetFeePlan(AccountId Merchant, int BasisPoints) : Operation
{
    public override async Task RunAsync(ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var known = run.Model.SetFeePlan(Merchant, BasisPoints);
        var account = await run.Store.SetFeePlanAsync(Merchant, BasisPoints, run.Cancellation);
        Assert.Equal(known ? BasisPoints : null, account?.FeeBasisPoints);
    }
}

/// <summary>Reads that must agree with the model: a hold, a pending transfer, a phone line, the waiting and due lists.</summary>
internal sealed record Look(TransferId Hold, TransferId Pending, string Phone, string ClaimKey) : Operation
{
    public override async Task RunAsync(ModelRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var now = run.Time.GetUtcNow();
        var ct = run.Cancellation;
        Assert.Equal(run.Model.FindHold(Hold), await run.Store.FindHoldAsync(Hold, ct));
        Assert.Equal(run.Model.FindPending(Pending), await run.Store.FindPendingAsync(Pending, ct));
        Assert.Equal(run.Model.Usage(Phone, now), await run.Store.GetCarrierUsageAsync(Phone, ct));
        Assert.Equal(run.Model.WaitingFor(ClaimKey), await run.Store.ListWaitingForAsync(ClaimKey, ct));
        Assert.Equal(run.Model.Due(now, 5), await run.Store.ListDuePendingAsync(now, 5, ct));
    }
}

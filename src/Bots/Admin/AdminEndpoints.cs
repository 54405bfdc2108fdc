using System.Text.Json;
using System.Text.RegularExpressions;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Admin;

/// <summary>
/// The operator API under <c>/api/admin</c>, behind <see cref="ApiKeyFilter"/>: accounts and balances by handle,
/// top-ups (idempotent by the caller's key), identity verification, charity and merchant registration, and the
/// ledger's invariant check.
/// </summary>
internal static partial class AdminEndpoints
{
    private const long MaxBodyBytes = 8 * 1024;

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").AddEndpointFilter<ApiKeyFilter>();
        admin.MapGet("/accounts/{handle}", GetAccountAsync);
        admin.MapPost("/accounts/{handle}/topups", TopUpAsync);
        admin.MapPut("/accounts/{handle}/tier", SetTierAsync);
        admin.MapPost("/charities", (HttpContext http, IPartyDirectory directory, WalletService wallet) =>
            RegisterAsync(http, directory, wallet, AccountKind.Charity));
        admin.MapPost("/merchants", (HttpContext http, IPartyDirectory directory, WalletService wallet) =>
            RegisterAsync(http, directory, wallet, AccountKind.Merchant));
        admin.MapGet("/ledger/check", CheckLedgerAsync);
        return app;
    }

    internal static IResult Error(int status, string error, string? reason = null) =>
        Results.Json(new AdminError(error, reason), AdminJson.Default.AdminError, statusCode: status);

    private static async Task<IResult> GetAccountAsync(string handle, IPartyDirectory directory, WalletService wallet, CancellationToken ct)
    {
        if (await directory.FindByHandleAsync(handle.TrimStart('@'), ct).ConfigureAwait(false) is not { } party)
        {
            return Error(StatusCodes.Status404NotFound, $"No account has the handle @{handle.TrimStart('@')}.");
        }
        return Results.Json(await ViewAsync(party, wallet, ct).ConfigureAwait(false), AdminJson.Default.AccountView);
    }

    private static async Task<IResult> TopUpAsync(string handle, HttpContext http, IPartyDirectory directory, WalletService wallet)
    {
        var ct = http.RequestAborted;
        var (request, problem) = await ReadAsync(http, AdminJson.Default.TopUpRequest).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        if (request!.IdempotencyKey is not { Length: > 0 and <= 100 } key || key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '|'))
        {
            return Error(StatusCodes.Status400BadRequest, "\"idempotencyKey\" is required: 1 to 100 characters without spaces.");
        }
        if (Currency.Find(request.Currency) is not { } currency)
        {
            return Error(StatusCodes.Status400BadRequest, "\"currency\" must be an ISO 4217 code such as EUR.");
        }
        if (await directory.FindByHandleAsync(handle.TrimStart('@'), ct).ConfigureAwait(false) is not { } party)
        {
            return Error(StatusCodes.Status404NotFound, $"No account has the handle @{handle.TrimStart('@')}.");
        }
        var result = await wallet.ExecuteAsync(new Funding(new TransferId("topup:" + key), party.Account, new Money(request.Minor, currency)), ct)
            .ConfigureAwait(false);
        return result.Status switch
        {
            MovementStatus.Completed => Results.Json(await ViewAsync(party, wallet, ct).ConfigureAwait(false), AdminJson.Default.AccountView),
            MovementStatus.Rejected when result.Rejection!.Reason == RejectionReason.IdConflict =>
                Error(StatusCodes.Status409Conflict, "This idempotency key was already used for another top-up.", nameof(RejectionReason.IdConflict)),
            MovementStatus.Rejected => Error(StatusCodes.Status422UnprocessableEntity,
                RejectionMessages.Describe(result.Rejection!, "en"), result.Rejection!.Reason.ToString()),
            _ => Error(StatusCodes.Status503ServiceUnavailable,
                "The ledger did not answer; the top-up may or may not have happened. Retry with the same idempotency key."),
        };
    }

    private static async Task<IResult> SetTierAsync(string handle, HttpContext http, IPartyDirectory directory, WalletService wallet)
    {
        var ct = http.RequestAborted;
        var (request, problem) = await ReadAsync(http, AdminJson.Default.TierRequest).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        if (!Enum.TryParse<IdentityTier>(request!.Tier, ignoreCase: true, out var tier) || !Enum.IsDefined(tier))
        {
            return Error(StatusCodes.Status400BadRequest, "\"tier\" must be Unverified or Verified.");
        }
        if (await directory.FindByHandleAsync(handle.TrimStart('@'), ct).ConfigureAwait(false) is not { Kind: AccountKind.Person } party)
        {
            return Error(StatusCodes.Status404NotFound, $"No person has the handle @{handle.TrimStart('@')}.");
        }
        await wallet.Store.SetTierAsync(party.Account, tier, ct).ConfigureAwait(false);
        return Results.Json(await ViewAsync(party, wallet, ct).ConfigureAwait(false), AdminJson.Default.AccountView);
    }

    private static async Task<IResult> RegisterAsync(HttpContext http, IPartyDirectory directory, WalletService wallet, AccountKind kind)
    {
        var ct = http.RequestAborted;
        var (request, problem) = await ReadAsync(http, AdminJson.Default.RegistrationRequest).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var handle = request!.Handle?.TrimStart('@').ToLowerInvariant();
        if (handle is null || !Handle().IsMatch(handle))
        {
            return Error(StatusCodes.Status400BadRequest, "\"handle\" must be 2 to 32 letters, digits or _.");
        }
        if (request.DisplayName is not { Length: > 0 and <= 80 } name || name.Any(char.IsControl))
        {
            return Error(StatusCodes.Status400BadRequest, "\"displayName\" is required: 1 to 80 characters.");
        }
        Account account;
        if (kind == AccountKind.Charity)
        {
            account = Account.Charity(handle);
        }
        else
        {
            var plans = wallet.Policy.MerchantFeePlans;
            var fee = request.FeeBasisPoints ?? plans.Min();
            if (!plans.Contains(fee))
            {
                return Error(StatusCodes.Status400BadRequest, $"\"feeBasisPoints\" must be one of the plans: {string.Join(", ", plans.Order())}.");
            }
            account = Account.Merchant(handle, fee);
        }
        var party = new Party(account.Id, handle, name);
        if (!await directory.RegisterAsync(party, ct).ConfigureAwait(false))
        {
            return Error(StatusCodes.Status409Conflict, $"The handle @{handle} is taken.");
        }
        await wallet.Store.OpenAccountAsync(account, ct).ConfigureAwait(false);
        if (kind == AccountKind.Merchant)
        {
            await wallet.Store.SetFeePlanAsync(account.Id, account.FeeBasisPoints, ct).ConfigureAwait(false);
        }
        return Results.Json(await ViewAsync(party, wallet, ct).ConfigureAwait(false), AdminJson.Default.AccountView,
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> CheckLedgerAsync(WalletService wallet, CancellationToken ct)
    {
        var audit = await LedgerAudit.CheckAsync(wallet.Store, ct).ConfigureAwait(false);
        var view = new LedgerCheckView(audit.Holds, audit.Snapshot.Balances.Count, audit.Snapshot.Journal.Count, audit.Problems);
        return Results.Json(view, AdminJson.Default.LedgerCheckView,
            statusCode: audit.Holds ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError);
    }

    private static async Task<AccountView> ViewAsync(Party party, WalletService wallet, CancellationToken ct)
    {
        var account = await wallet.Store.FindAccountAsync(party.Account, ct).ConfigureAwait(false);
        var balances = await wallet.Store.GetBalancesAsync(party.Account, ct).ConfigureAwait(false);
        return new AccountView(party.Handle ?? party.Account.Name, party.Kind.ToString().ToLowerInvariant(), party.DisplayName,
            (account?.Tier ?? IdentityTier.Unverified).ToString(),
            [.. balances.Select(b => new BalanceView(b.Posted, b.Currency.Code, b.Held))]);
    }

    private static async Task<(T? Request, IResult? Problem)> ReadAsync<T>(HttpContext http, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "The body is too large."));
        }
        try
        {
            var request = await JsonSerializer.DeserializeAsync(http.Request.Body, type, http.RequestAborted).ConfigureAwait(false);
            return request is null ? (null, Error(StatusCodes.Status400BadRequest, "The body is empty.")) : (request, null);
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "The body must be JSON."));
        }
    }

    [GeneratedRegex("^[a-z0-9_]{2,32}$")]
    private static partial Regex Handle();
}

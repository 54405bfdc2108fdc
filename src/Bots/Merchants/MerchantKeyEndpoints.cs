using System.Buffers.Text;
using System.Security.Cryptography;
using Conversational.Bots.Admin;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Merchants;

/// <summary>
/// <c>POST /api/admin/merchants/{handle}/api-key</c>, behind the operator key: gives a registered merchant a fresh API
/// key ("mk_" and 32 random bytes in base64url), shown once; only its SHA-256 is kept, so calling again rotates it and
/// the old key stops working. Creates the merchant's storefront with the defaults when it has none.
/// </summary>
internal static class MerchantKeyEndpoints
{
    public const string KeyPrefix = "mk_";

    public static IEndpointRouteBuilder MapMerchantKeys(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin/merchants").AddEndpointFilter<ApiKeyFilter>().MapPost("/{handle}/api-key", IssueAsync);
        return app;
    }

    private static async Task<IResult> IssueAsync(string handle, IPartyDirectory directory, ICatalogStore catalog, CancellationToken ct)
    {
        var merchant = MerchantEndpoints.Handle(handle);
        if (merchant is null || merchant == AdvisorCaseEndpoints.OperatorDesk
            || await directory.FindByHandleAsync(merchant, ct).ConfigureAwait(false) is not { Kind: AccountKind.Merchant })
        {
            return MerchantEndpoints.Error(StatusCodes.Status404NotFound,
                $"No merchant has the handle @{handle.TrimStart('@')}: register it first with POST /api/admin/merchants.");
        }
        var key = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var current = await catalog.GetStorefrontAsync(merchant, ct).ConfigureAwait(false);
        if (current is null)
        {
            await catalog.PutStorefrontAsync(new Storefront(merchant, null, [], null, 0, 0, null), ct).ConfigureAwait(false);
        }
        if (!await catalog.SetApiKeyHashAsync(merchant, MerchantKeyFilter.HashHex(key), ct).ConfigureAwait(false))
        {
            return MerchantEndpoints.Error(StatusCodes.Status409Conflict, "The storefront could not be created; issue the key again.");
        }
        return Results.Json(new MerchantKeyView(merchant, key), MerchantJson.Default.MerchantKeyView,
            statusCode: current is null ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}

using System.Security.Cryptography;
using System.Text;
using Conversational.Bots.Admin;
using Conversational.Bots.Commerce.Stores;

namespace Conversational.Bots.Merchants;

/// <summary>
/// Lets a request under <c>/api/merchants/{merchant}</c> through only with that merchant's own key in
/// <c>X-Api-Key</c>: the key's SHA-256 is compared in constant time with the storefront's
/// <see cref="Commerce.Catalog.Storefront.ApiKeyHash"/>. An unknown merchant and a wrong key get the same 401, after the
/// same work, so handles cannot be probed.
/// </summary>
internal sealed class MerchantKeyFilter(ICatalogStore catalog) : IEndpointFilter
{
    /// <summary>Compared against when there is no stored hash, so a missing merchant costs what a wrong key does.</summary>
    private static readonly byte[] NoHash = new byte[SHA256.HashSizeInBytes];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var merchant = MerchantEndpoints.Handle(http.Request.RouteValues["merchant"] as string);
        var given = http.Request.Headers[ApiKeyFilter.Header].ToString();
        var storefront = merchant is null || merchant == AdvisorCaseEndpoints.OperatorDesk
            ? null
            : await catalog.GetStorefrontAsync(merchant, http.RequestAborted).ConfigureAwait(false);
        var expected = storefront?.ApiKeyHash is { Length: SHA256.HashSizeInBytes * 2 } hex ? FromHex(hex) : null;
        var matches = CryptographicOperations.FixedTimeEquals(HashOf(given), expected ?? NoHash);
        if (!matches || expected is null || given.Length == 0)
        {
            return MerchantEndpoints.Error(StatusCodes.Status401Unauthorized,
                $"A valid {ApiKeyFilter.Header} header is required: the key issued to this merchant.");
        }
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>SHA-256 of a key, as stored: hex, lower case.</summary>
    public static string HashHex(string key) => Convert.ToHexStringLower(HashOf(key));

    private static byte[] HashOf(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static byte[]? FromHex(string hex)
    {
        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

using Conversational.Bots.Commerce.Stores;
using Conversational.Wallet;

namespace Conversational.Bots.Merchants;

/// <summary>The storefront, the products and the FAQ of the merchant API.</summary>
internal static partial class MerchantEndpoints
{
    private const string StorefrontExample =
        """{"shortCode":"81234","pickupPoints":[{"id":"gare","mode":"relayPoint","name":"Tabac de la Gare","address":"1 place de la Gare, Lyon","postcode":"69007"}],"collectAddress":"3 rue du Port, Lyon","pointsPerEuro":1,"referralRewardPoints":500,"timeZone":"Europe/Paris"}""";

    private const string ProductExample =
        """{"names":{"en":"Blue mug","fr":"Mug bleu"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","stock":25,"keywords":["MUG"],"deliveryModes":["home","relayPoint"]}""";

    private const string FaqExample = """{"questions":["When are you open?"],"answer":"Every day from 9 to 18."}""";

    private static async Task<IResult> GetStorefrontAsync(string merchant, ICatalogStore catalog, CancellationToken ct)
    {
        var storefront = await catalog.GetStorefrontAsync(Handle(merchant)!, ct).ConfigureAwait(false);
        return storefront is null
            ? Error(StatusCodes.Status404NotFound, "This merchant has no storefront.")
            : Results.Json(MerchantViews.Of(storefront), MerchantJson.Default.StorefrontView);
    }

    private static async Task<IResult> PutStorefrontAsync(string merchant, HttpContext http, ICatalogStore catalog, WalletService wallet)
    {
        var ct = http.RequestAborted;
        var handle = Handle(merchant)!;
        var (request, problem) = await ReadAsync(http, MerchantJson.Default.StorefrontRequest, StorefrontExample).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var current = await catalog.GetStorefrontAsync(handle, ct).ConfigureAwait(false);
        var (storefront, error) = MerchantValidation.ToStorefront(handle, request!, current?.ApiKeyHash, wallet.Policy);
        if (error is not null)
        {
            return Error(StatusCodes.Status400BadRequest, error);
        }
        if (!await catalog.PutStorefrontAsync(storefront, ct).ConfigureAwait(false))
        {
            return Error(StatusCodes.Status409Conflict, $"The short code {storefront.ShortCode} belongs to another merchant.", "ShortCodeTaken");
        }
        return Results.Json(MerchantViews.Of(storefront), MerchantJson.Default.StorefrontView);
    }

    private static async Task<IResult> ListProductsAsync(string merchant, ICatalogStore catalog, CancellationToken ct)
    {
        var products = await catalog.ListProductsAsync(Handle(merchant)!, ct).ConfigureAwait(false);
        return Results.Json(new ProductList([.. products.Select(MerchantViews.Of)]), MerchantJson.Default.ProductList);
    }

    private static async Task<IResult> GetProductAsync(string merchant, string sku, ICatalogStore catalog, CancellationToken ct)
    {
        var product = await catalog.GetProductAsync(Handle(merchant)!, sku, ct).ConfigureAwait(false);
        return product is null
            ? Error(StatusCodes.Status404NotFound, $"No product has the sku \"{sku}\".")
            : Results.Json(MerchantViews.Of(product), MerchantJson.Default.ProductView);
    }

    private static async Task<IResult> PutProductAsync(string merchant, string sku, HttpContext http, ICatalogStore catalog, WalletService wallet)
    {
        var ct = http.RequestAborted;
        var handle = Handle(merchant)!;
        var (request, problem) = await ReadAsync(http, MerchantJson.Default.ProductRequest, ProductExample).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var (product, error) = MerchantValidation.ToProduct(handle, sku, request!, wallet.Policy);
        if (error is not null)
        {
            return Error(StatusCodes.Status400BadRequest, error);
        }
        var existed = await catalog.GetProductAsync(handle, sku, ct).ConfigureAwait(false) is not null;
        if (!await catalog.PutProductAsync(product, ct).ConfigureAwait(false))
        {
            foreach (var keyword in product.Keywords)
            {
                if (await catalog.FindByKeywordAsync(handle, keyword, ct).ConfigureAwait(false) is { } other && other.Sku != sku)
                {
                    return Error(StatusCodes.Status409Conflict, $"The keyword {keyword} belongs to your product \"{other.Sku}\".", "KeywordTaken");
                }
            }
            return Error(StatusCodes.Status409Conflict, "One of the keywords belongs to another of your products.", "KeywordTaken");
        }
        return Results.Json(MerchantViews.Of(product), MerchantJson.Default.ProductView,
            statusCode: existed ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    private static async Task<IResult> DeleteProductAsync(string merchant, string sku, ICatalogStore catalog, CancellationToken ct) =>
        await catalog.DeleteProductAsync(Handle(merchant)!, sku, ct).ConfigureAwait(false)
            ? Results.NoContent()
            : Error(StatusCodes.Status404NotFound, $"No product has the sku \"{sku}\".");

    private static async Task<IResult> ListFaqAsync(string merchant, ICatalogStore catalog, CancellationToken ct)
    {
        var entries = await catalog.ListFaqAsync(Handle(merchant)!, ct).ConfigureAwait(false);
        return Results.Json(new FaqList([.. entries.Select(MerchantViews.Of)]), MerchantJson.Default.FaqList);
    }

    private static async Task<IResult> PutFaqAsync(string merchant, string language, string id, HttpContext http, ICatalogStore catalog)
    {
        var (request, problem) = await ReadAsync(http, MerchantJson.Default.FaqRequest, FaqExample).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var (entry, error) = MerchantValidation.ToFaq(language, id, request!);
        if (error is not null)
        {
            return Error(StatusCodes.Status400BadRequest, error);
        }
        await catalog.PutFaqAsync(Handle(merchant)!, entry, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(MerchantViews.Of(entry), MerchantJson.Default.FaqView);
    }

    private static async Task<IResult> DeleteFaqAsync(string merchant, string language, string id, ICatalogStore catalog, CancellationToken ct) =>
        await catalog.DeleteFaqAsync(Handle(merchant)!, language, id, ct).ConfigureAwait(false)
            ? Results.NoContent()
            : Error(StatusCodes.Status404NotFound, $"No FAQ entry has the language \"{language}\" and the id \"{id}\".");
}

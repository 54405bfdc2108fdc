using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Conversational.Bots.Admin;
using Microsoft.AspNetCore.Http.Features;

namespace Conversational.Bots.Merchants;

/// <summary>
/// The merchant API under <c>/api/merchants/{merchant}</c>, behind <see cref="MerchantKeyFilter"/> (the merchant's own
/// <c>X-Api-Key</c>): its storefront, products, FAQ, orders and advisor cases. Bodies are JSON of at most 64 KB (413
/// above); errors are <c>{"error":"...","reason":"..."}</c> as in the operator API. <see cref="MapMerchants"/> also maps
/// the operator's side: issuing merchant keys and the disputes desk.
/// </summary>
internal static partial class MerchantEndpoints
{
    public const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapMerchants(this IEndpointRouteBuilder app)
    {
        var shop = app.MapGroup("/api/merchants/{merchant}").AddEndpointFilter<MerchantKeyFilter>();
        shop.MapGet("/storefront", GetStorefrontAsync);
        shop.MapPut("/storefront", PutStorefrontAsync);
        shop.MapGet("/products", ListProductsAsync);
        shop.MapGet("/products/{sku}", GetProductAsync);
        shop.MapPut("/products/{sku}", PutProductAsync);
        shop.MapDelete("/products/{sku}", DeleteProductAsync);
        shop.MapGet("/faq", ListFaqAsync);
        shop.MapPut("/faq/{language}/{id}", PutFaqAsync);
        shop.MapDelete("/faq/{language}/{id}", DeleteFaqAsync);
        shop.MapGet("/orders", ListOrdersAsync);
        shop.MapGet("/orders/{number}", GetOrderAsync);
        shop.MapPost("/orders/{number}/status", ChangeStatusAsync);
        shop.MapGet("/cases", (string merchant, [AsParameters] CaseServices services, CancellationToken ct) =>
            AdvisorCaseEndpoints.ListAsync(Handle(merchant)!, services, ct));
        shop.MapPost("/cases/{id}/replies", (string merchant, string id, HttpContext http, [AsParameters] CaseServices services) =>
            AdvisorCaseEndpoints.ReplyAsync(Handle(merchant)!, id, http, services));
        shop.MapPost("/cases/{id}/close", (string merchant, string id, [AsParameters] CaseServices services, CancellationToken ct) =>
            AdvisorCaseEndpoints.CloseAsync(Handle(merchant)!, id, services, ct));
        app.MapMerchantKeys();
        app.MapOperatorCases();
        return app;
    }

    /// <summary>A merchant handle as the directory keeps it (lower case, no @), or null when it cannot be one.</summary>
    public static string? Handle(string? text)
    {
        var handle = text?.Trim().TrimStart('@').ToLowerInvariant();
        return handle is not null && HandlePattern().IsMatch(handle) ? handle : null;
    }

    public static IResult Error(int status, string error, string? reason = null) =>
        Results.Json(new AdminError(error, reason), MerchantJson.Default.AdminError, statusCode: status);

    /// <summary>
    /// Reads a JSON body of at most <see cref="MaxBodyBytes"/>: the request, or the answer to give instead (413 too
    /// large, 400 empty or malformed, with <paramref name="example"/> to show what is expected).
    /// </summary>
    public static async Task<(T? Request, IResult? Problem)> ReadAsync<T>(HttpContext http, JsonTypeInfo<T> type, string example)
        where T : class
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        var tooLarge = Error(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes / 1024} KB.");
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, tooLarge);
        }
        byte[]? body;
        try
        {
            body = await ReadAtMostAsync(http.Request.Body, MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }
        if (body is null)
        {
            return (null, tooLarge);
        }
        try
        {
            var request = body.Length == 0 ? null : JsonSerializer.Deserialize(body, type);
            return request is null
                ? (null, Error(StatusCodes.Status400BadRequest, $"The body is empty: send JSON like {example}"))
                : (request, null);
        }
        catch (JsonException e)
        {
            return (null, Error(StatusCodes.Status400BadRequest, $"The body is not valid JSON for this call: {e.Message} Expected JSON like {example}"));
        }
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="max"/> (whatever Content-Length said).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    [GeneratedRegex("^[a-z0-9_]{2,32}$")]
    private static partial Regex HandlePattern();
}

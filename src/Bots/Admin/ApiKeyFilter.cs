using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Admin;

/// <summary>Lets a request through only with the right <c>X-Api-Key</c>, compared in constant time.</summary>
internal sealed class ApiKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var expected = options.Value.ApiKey;
        if (string.IsNullOrEmpty(expected))
        {
            return ValueTask.FromResult<object?>(AdminEndpoints.Error(StatusCodes.Status403Forbidden,
                "The operator API is off: set Admin:ApiKey."));
        }
        var given = context.HttpContext.Request.Headers[Header].ToString();
        // Hashing first makes the comparison constant-time in the length too.
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected))))
        {
            return ValueTask.FromResult<object?>(AdminEndpoints.Error(StatusCodes.Status401Unauthorized,
                $"A valid {Header} header is required."));
        }
        return next(context);
    }
}

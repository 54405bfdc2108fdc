using System.Text.Json;
using System.Text.Json.Serialization;
using Conversational.Bots.Admin;

namespace Conversational.Bots.Merchants;

/// <summary>The merchant API's JSON, source-generated; errors keep the operator API's shape (<see cref="AdminError"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AdminError))]
[JsonSerializable(typeof(StorefrontRequest))]
[JsonSerializable(typeof(StorefrontView))]
[JsonSerializable(typeof(ProductRequest))]
[JsonSerializable(typeof(ProductView))]
[JsonSerializable(typeof(ProductList))]
[JsonSerializable(typeof(FaqRequest))]
[JsonSerializable(typeof(FaqView))]
[JsonSerializable(typeof(FaqList))]
[JsonSerializable(typeof(StatusRequest))]
[JsonSerializable(typeof(OrderView))]
[JsonSerializable(typeof(OrderList))]
[JsonSerializable(typeof(CaseReplyRequest))]
[JsonSerializable(typeof(CaseList))]
[JsonSerializable(typeof(CaseUpdateView))]
[JsonSerializable(typeof(MerchantKeyView))]
internal sealed partial class MerchantJson : JsonSerializerContext;

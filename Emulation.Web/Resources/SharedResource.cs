namespace Emulation.Web.Resources;

/// <summary>Marker for the shared string table: SharedResource.resx is Vietnamese (the default), .en.resx English.</summary>
public sealed class SharedResource;

using Emulation.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class BlocConfiguration : IEntityTypeConfiguration<Bloc>
{
    public void Configure(EntityTypeBuilder<Bloc> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Bloc.NameMaxLength);
        builder.Property(b => b.Code).HasMaxLength(Bloc.CodeMaxLength);
        builder.HasIndex(b => b.Code).IsUnique();
    }
}

package io.github.mispa.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/** Finds the deserializers of the model's types, for {@link MispaModule}. */
final class MispaDeserializers extends Deserializers.Base {
  private final boolean ignoreUnknownFields;

  MispaDeserializers(boolean ignoreUnknownFields) {
    this.ignoreUnknownFields = ignoreUnknownFields;
  }

  @Override
  public @Nullable ValueDeserializer<?> findEnumDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescription) {
    WireEnum<?> wire = Parts.findEnum(type.getRawClass());
    return wire == null ? null : enumDeserializer(wire);
  }

  @Override
  public @Nullable ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescription) {
    Parts.Part<?> part = Parts.find(type.getRawClass());
    return part == null ? null : partDeserializer(part);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return Parts.findEnum(valueType) != null || Parts.find(valueType) != null;
  }

  private static <E extends Enum<E>> ValueDeserializer<E> enumDeserializer(WireEnum<E> wire) {
    return new EnumDeserializer<>(wire.type(), wire);
  }

  private <T> ValueDeserializer<T> partDeserializer(Parts.Part<T> part) {
    return new PartDeserializer<>(part, ignoreUnknownFields);
  }
}

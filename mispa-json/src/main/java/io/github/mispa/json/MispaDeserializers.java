package io.github.mispa.json;

import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.ValueType;
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
    return deserializerFor(type.getRawClass());
  }

  @Override
  public @Nullable ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescription) {
    return deserializerFor(type.getRawClass());
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return RecordShapes.valueType(valueType).isPresent();
  }

  private <T> @Nullable ValueDeserializer<T> deserializerFor(Class<T> raw) {
    ValueType<?> type = RecordShapes.valueType(raw).orElse(null);
    return type == null ? null : new PartDeserializer<>(raw, type, ignoreUnknownFields);
  }
}
